// Demo pages only: shows each scenario's markup beside the live element, and lists the
// `postquote-*` events each scenario fires.
//
// Runs under the demo CSP (`require-trusted-types-for 'script'`): it never assigns HTML to a sink
// (no innerHTML/outerHTML writes, no insertAdjacentHTML); it only *reads* serialized markup and
// writes it with `textContent`. Load it before the library so that it reads the markup as the
// page wrote it (the library never changes light DOM, but reading first keeps this honest).

/** Attributes whose empty value means something (`alt=""`), so `=""` must stay. */
const KEEP_EMPTY = new Set(['alt', 'value', 'content']);

/** The browser serializes `async` as `async=""`; show boolean attributes the way people write them. */
function tidyBooleans(markup) {
  return markup.replace(/ ([a-z][a-z0-9-]*)=""/g, (whole, name) => (KEEP_EMPTY.has(name) ? whole : ` ${name}`));
}

/**
 * The browser serializes a start tag on one line; put each attribute of a long start tag on its
 * own line again, indented under the tag, as the page source has it.
 */
function wrapLongTags(markup, max = 72) {
  const startTag = /^([ \t]*)(.*?)<([a-z][a-z0-9-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)+)\s*(\/?)>/gm;
  return markup.replace(startTag, (whole, indent, before, name, attrs, slash) => {
    if (whole.length - indent.length <= max || before.trim()) return whole;
    const list = attrs.match(/[^\s"'>/=]+(?:="[^"]*")?/g) ?? [];
    const pad = `${indent}  `;
    return `${indent}<${name}\n${list.map((a) => pad + a).join('\n')}\n${indent}${slash}>`;
  });
}

/** Removes blank leading/trailing lines and the indentation common to all lines. */
function dedent(text) {
  const lines = text.replace(/\t/g, '  ').split('\n');
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const indents = lines.filter((l) => l.trim()).map((l) => l.match(/^ */)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

/**
 * The markup of one scenario: a `<template class="scenario-source">` if the scenario has one,
 * otherwise the live container's own markup.
 */
function scenarioSource(scenario) {
  const template = scenario.querySelector(':scope template.scenario-source');
  if (template) return template.innerHTML;
  const live = scenario.querySelector(':scope .scenario-live');
  return live ? live.innerHTML : '';
}

function panelFor(scenario) {
  let code = scenario.querySelector(':scope .scenario-markup code');
  if (code) return code;
  const body = scenario.querySelector(':scope .scenario-body') ?? scenario;
  const figure = document.createElement('figure');
  figure.className = 'scenario-markup-figure';
  const label = document.createElement('figcaption');
  label.className = 'scenario-markup-label';
  label.textContent = 'Markup';
  const pre = document.createElement('pre');
  pre.className = 'scenario-markup';
  pre.tabIndex = 0;
  pre.dir = 'ltr'; // markup reads left to right, also on the Arabic page
  code = document.createElement('code');
  code.className = 'language-html';
  pre.append(code);
  figure.append(label, pre);
  body.append(figure);
  return code;
}

function showMarkup() {
  for (const scenario of document.querySelectorAll('.scenario')) {
    const source = scenarioSource(scenario);
    if (!source.trim()) continue;
    const markup = dedent(tidyBooleans(source));
    panelFor(scenario).textContent = scenario.dataset.markup === 'verbatim' ? markup : wrapLongTags(markup);
  }
}

/** Lists `postquote-error` (and the other events) under the scenario that fired them. */
function showEvents() {
  const types = ['postquote-error', 'postquote-reveal', 'postquote-activate'];
  for (const type of types) {
    document.addEventListener(type, (event) => {
      const scenario = event.composedPath().find((n) => n instanceof Element && n.classList.contains('scenario'));
      if (!scenario) return;
      let log = scenario.querySelector(':scope .scenario-events');
      if (!log) {
        log = document.createElement('output');
        log.className = 'scenario-events';
        log.setAttribute('aria-live', 'polite');
        const anchor = scenario.querySelector(':scope .scenario-body');
        if (anchor) anchor.after(log);
        else scenario.append(log);
      }
      const detail = event.detail && typeof event.detail === 'object' ? JSON.stringify(event.detail) : '';
      log.textContent += `${log.textContent ? '\n' : ''}${type} ${detail}`;
    });
  }
}

showMarkup();
showEvents();
