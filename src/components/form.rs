//! Form widgets shared by the editors (evaluations, worksheets): a labelled text field, a
//! drop-down, radio buttons, checkboxes for a content list, and moving focus to a new row. They only
//! report what the user did; the editor applies it through the store (`Editing::change`).

use leptos::prelude::*;

use crate::content;

/// Keeps an uncontrolled text control (an `<input>` or `<textarea>`, by element id) in step
/// with the stored text it edits. Typing never re-renders the control, but when the stored
/// text changes for another reason (another tab's change taken over by the store, an undo)
/// the control shows it, so the next keystroke edits that text and never writes a stale one
/// back over it. The control's own input is not written back into it: the caret stays, and
/// text the record keeps in another form (a trimmed list) does not rewrite what is being
/// typed. Not generic and without a `NodeRef`, so the participant's bundles carry one small
/// copy.
#[derive(Clone, Copy)]
pub struct Follow {
    stored: Signal<String>,
    /// The stored text as this control last left or showed it.
    own: StoredValue<String>,
}

impl Follow {
    pub fn new(id: &str, stored: Signal<String>) -> Follow {
        let own = StoredValue::new(stored.get_untracked());
        let id = id.to_string();
        Effect::new(move |_| {
            let text = stored.get();
            if own.with_value(|own| *own == text) {
                return;
            }
            if let Some(control) = document().get_element_by_id(&id) {
                let value = wasm_bindgen::JsValue::from_str("value");
                let shown = js_sys::Reflect::get(&control, &value)
                    .ok()
                    .and_then(|v| v.as_string());
                if shown.as_deref() != Some(text.as_str()) {
                    let _ = js_sys::Reflect::set(&control, &value, &text.as_str().into());
                }
            }
            own.set_value(text);
        });
        Follow { stored, own }
    }

    /// The text to show first.
    pub fn initial(self) -> String {
        self.own.get_value()
    }

    /// Call after the control's input was reported to the store.
    pub fn reported(self) {
        self.own.set_value(self.stored.get_untracked());
    }
}

/// A labelled text field (or text area, `multiline`) that reports every input. It is
/// uncontrolled (typing never re-renders it) and follows `value`, the stored text, through
/// [`Follow`]: pass a closure that reads the record, so text taken over from another tab
/// shows up.
#[component]
pub fn TextField(
    id: String,
    #[prop(into)] label: String,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] kind: Option<&'static str>,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] list: Option<String>,
) -> impl IntoView {
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    let field = if multiline {
        let follow = Follow::new(&id, value);
        view! {
            <textarea id=id.clone() rows="3" aria-describedby=hint_id.clone()
                on:input=move |e| { on_input.run(event_target_value(&e)); follow.reported() }>{follow.initial()}</textarea>
        }
        .into_any()
    } else {
        let follow = Follow::new(&id, value);
        view! {
            <input id=id.clone() type=kind.unwrap_or("text") value=follow.initial() list=list aria-describedby=hint_id.clone()
                on:input=move |e| { on_input.run(event_target_value(&e)); follow.reported() }/>
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
            {field}
        </div>
    }
}

/// A labelled drop-down: `empty` (no choice) first, then `options` (value, text). `kept` is
/// a stored value the options do not offer (from a newer version or another device), if
/// any: it is shown as an extra choice, chosen, so opening an editor never loses it.
/// Reports `None` for the empty choice.
#[component]
pub fn SelectField(
    id: String,
    #[prop(into)] label: String,
    empty: &'static str,
    options: Vec<(String, String)>,
    selected: Option<String>,
    kept: Option<String>,
    #[prop(into)] on_change: Callback<Option<String>>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=move |e| {
                let value = event_target_value(&e);
                on_change.run((!value.is_empty()).then_some(value));
            }>
                <option value="" selected=selected.is_none()>{empty}</option>
                {options.into_iter().map(|(value, text)| {
                    let chosen = selected.as_deref() == Some(value.as_str());
                    view! { <option value=value selected=chosen>{text}</option> }
                }).collect_view()}
                {kept.map(|value| view! { <option value=value.clone() selected=true>{value.clone()}</option> })}
            </select>
        </div>
    }
}

/// Radio buttons in a fieldset with a legend.
#[component]
pub fn ChoiceGroup(
    #[prop(into)] legend: String,
    #[prop(into)] name: String,
    options: Vec<(String, String)>,
    selected: Option<String>,
    on_change: Callback<String>,
    #[prop(optional, into)] class: Option<String>,
    #[prop(optional, into)] hint: Option<String>,
) -> impl IntoView {
    view! {
        <fieldset class=format!("choices {}", class.unwrap_or_default())>
            <legend>{legend}</legend>
            {hint.map(|h| view! { <p class="hint">{h}</p> })}
            <div class="choice-row">
                {options.into_iter().map(|(key, label)| {
                    let id = format!("{name}-{key}");
                    let checked = selected.as_deref() == Some(key.as_str());
                    let value = key.clone();
                    view! {
                        <span class="choice">
                            <input type="radio" id=id.clone() name=name.clone() value=key checked=checked
                                on:change=move |_| on_change.run(value.clone())/>
                            <label for=id>{label}</label>
                        </span>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}

/// Checkboxes for the items of a content list (element ids `{prefix}-{item id}`).
#[component]
pub fn CheckList(
    #[prop(into)] legend: String,
    prefix: &'static str,
    list: &'static str,
    checked: Vec<String>,
    on_toggle: Callback<(String, bool)>,
) -> impl IntoView {
    let items = content::list(list).map(|l| l.items).unwrap_or_default();
    // A lead-in that the items complete ("… helpen door:") makes them read as sentences.
    let lead = content::list(list)
        .map(|l| l.lead)
        .filter(|l| l.ends_with(':'));
    view! {
        <fieldset class="checks">
            <legend>{legend}</legend>
            {lead.map(|lead| view! { <p class="hint list-lead">{lead}</p> })}
            <ul class="check-list">
                {items.iter().map(|item| {
                    let id = format!("{prefix}-{}", item.id);
                    let on = checked.iter().any(|c| c == item.id);
                    view! {
                        <li>
                            <input type="checkbox" id=id.clone() checked=on
                                on:change=move |e| on_toggle.run((item.id.to_string(), event_target_checked(&e)))/>
                            <label for=id>{item.text}</label>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </fieldset>
    }
}

/// The choices of a key enum for a [`ChoiceGroup`]: (key, label) pairs.
pub fn options<T: Copy>(
    all: &[T],
    key: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Vec<(String, String)> {
    all.iter()
        .map(|v| (key(*v).to_string(), label(*v).to_string()))
        .collect()
}

/// Moves focus to an element once it is rendered (after adding a row, for keyboard users).
pub fn focus_later(id: String) {
    request_animation_frame(move || {
        if let Some(element) = document().get_element_by_id(&id) {
            use wasm_bindgen::JsCast;
            if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        }
    });
}
