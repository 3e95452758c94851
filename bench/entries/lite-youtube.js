// @justinribeiro/lite-youtube: a shadow-DOM YouTube facade (styles live inside the element).
import '@justinribeiro/lite-youtube';
