import { html, type SafeHtml } from '../../framework/html/html';

/**
 * The HTML of single form fields, in HTMLForm's naming: an input is `<input id="mw-input-wpX" name="wpX">` with a
 * `<label for>`, and the whole field sits in `<div class="ce-field" data-field="wpX">` together with its help text
 * and its errors (`<p class="ce-field-error">`), so errors stay next to what they are about.
 */

/** What every field shows around its control. */
export interface FieldFrame {
  name: string;
  label: string;
  help?: string;
  errors: readonly string[];
}

/** One choice of a select, radio group or checkbox group. */
export interface Choice {
  value: string;
  label: string;
}

/** The id of a field's input (`mw-input-wpEventStart`). */
export function inputId(name: string): string {
  return `mw-input-${name}`;
}

/** The id of one choice of a group (`mw-input-wpEventTypes-editing-event`). */
export function choiceId(name: string, value: string): string {
  return `${inputId(name)}-${value.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** A field with one control labelled by `<label for>`. */
export function singleField(frame: FieldFrame, control: SafeHtml): SafeHtml {
  return html`<div class="ce-field" data-field="${frame.name}">
<label class="ce-field-label" for="${inputId(frame.name)}">${frame.label}</label>
${control}${fieldNotes(frame)}
</div>`;
}

/** A checkbox field: the box, then its label (as a toggle reads), then help, `extra` and errors. */
export function checkboxField(frame: FieldFrame, checked: boolean, extra: SafeHtml | null = null): SafeHtml {
  return html`<div class="ce-field ce-field-checkbox" data-field="${frame.name}">
${checkbox(frame.name, checked)}<label class="ce-field-label" for="${inputId(frame.name)}">${frame.label}</label>
${fieldNotes(frame, extra)}
</div>`;
}

/** A field of several inputs (radios, checkboxes), grouped in a fieldset. */
export function groupField(frame: FieldFrame, choices: SafeHtml): SafeHtml {
  return html`<div class="ce-field" data-field="${frame.name}">
<fieldset><legend class="ce-field-label">${frame.label}</legend>
${choices}</fieldset>${fieldNotes(frame)}
</div>`;
}

/** Help, then `extra` (such as a live reason), then the errors. */
function fieldNotes(frame: FieldFrame, extra: SafeHtml | null = null): SafeHtml {
  return html`${frame.help !== undefined ? html`<p class="ce-field-help">${frame.help}</p>` : null}${extra}${frame.errors.map(
    (error) => html`<p class="ce-field-error">${error}</p>`,
  )}`;
}

export function textInput(name: string, value: string, type: 'text' | 'url' | 'datetime-local' | 'number' = 'text'): SafeHtml {
  return html`<input type="${type}" id="${inputId(name)}" name="${name}" value="${value}">`;
}

export function textarea(name: string, value: string, rows: number): SafeHtml {
  return html`<textarea id="${inputId(name)}" name="${name}" rows="${rows}">${value}</textarea>`;
}

export function select(name: string, choices: readonly Choice[], selected: string): SafeHtml {
  return html`<select id="${inputId(name)}" name="${name}">${choices.map(
    (c) => html`<option value="${c.value}"${c.value === selected ? html` selected` : null}>${c.label}</option>`,
  )}</select>`;
}

/** A single checkbox sending `1` when ticked. */
export function checkbox(name: string, checked: boolean): SafeHtml {
  return html`<input type="checkbox" id="${inputId(name)}" name="${name}" value="1"${checked ? html` checked` : null}>`;
}

/** Radio buttons (one value) or checkboxes (several), each with its own id and label. */
export function choiceList(type: 'radio' | 'checkbox', name: string, choices: readonly Choice[], chosen: readonly string[]): SafeHtml {
  return html`${choices.map(
    (c) => html`<span class="ce-choice"><input type="${type}" id="${choiceId(name, c.value)}" name="${name}" value="${c.value}"${
      chosen.includes(c.value) ? html` checked` : null
    }><label for="${choiceId(name, c.value)}">${c.label}</label></span>
`,
  )}`;
}
