//! The page frame: skip link, header with menu and save status, main content, footer; plus the
//! breadcrumb and previous/next navigation that pages place themselves.

use leptos::prelude::*;

use crate::components::actions::{NoticeBar, Notices};
use crate::components::paths::href;
use crate::components::save_status::{DataBanner, SaveStatusView};
// The menu: routes.json's entries by group (reading, the tools, the icons).
use crate::routes::{
    self, MENU_EXTRA as EXTRA_MENU, MENU_READ as READ_MENU, MENU_TOOLS as TOOL_MENU,
};

/// Whether the menu entry `path` is the current one for the route `here` (without base): the
/// one rule for which menu item is highlighted ("aria-current").
pub fn menu_current(path: &str, here: &str) -> bool {
    if path == "/" {
        here == "/" || here.is_empty()
    } else {
        here == path || here.starts_with(&format!("{path}/"))
    }
}

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    provide_context(Notices::new());
    let menu_open = RwSignal::new(false);
    let here = crate::components::router::use_app_path();
    // Close the phone menu after every navigation.
    Effect::new(move |_| {
        here.track();
        menu_open.set(false);
    });
    let current = move |path: &str| here.with(|here| menu_current(path, here));

    view! {
        <a class="skip-link" href="#inhoud" on:click=skip_to_content>"Naar de inhoud"</a>
        <header class="site-header">
            <div class="header-bar">
                <a href=href(routes::Page::Start.path()) class="brand">
                    <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true" width="32" height="32">
                        <circle cx="12" cy="16" r="9"/>
                        <circle cx="20" cy="16" r="9"/>
                    </svg>
                    <span class="brand-name">"Samenwerkingswijzer"</span>
                </a>
                <SaveStatusView/>
                <button
                    type="button"
                    class="menu-button"
                    aria-controls="hoofdmenu"
                    aria-expanded=move || menu_open.get().to_string()
                    on:click=move |_| menu_open.update(|open| *open = !*open)
                >
                    <span class="menu-icon" aria-hidden="true"></span>
                    "Menu"
                </button>
                <nav id="hoofdmenu" aria-label="Hoofdmenu" class="main-nav" class:open=move || menu_open.get()>
                    <ul class="nav-read" aria-label="Lezen">
                        {READ_MENU.iter().map(|&(path, label)| view! {
                            <li><a href=href(path) aria-current=move || current(path).then_some("page")>{label}</a></li>
                        }).collect_view()}
                    </ul>
                    <ul class="nav-tools" aria-label="Werken">
                        {TOOL_MENU.iter().map(|&(path, label)| view! {
                            <li><a href=href(path) aria-current=move || current(path).then_some("page")>{label}</a></li>
                        }).collect_view()}
                    </ul>
                    <ul class="nav-extra">
                        {EXTRA_MENU.iter().map(|&(path, label, icon)| view! {
                            <li>
                                <a href=href(path) class="icon-link" aria-current=move || current(path).then_some("page")>
                                    <svg class="nav-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><path d=icon/></svg>
                                    <span class="nav-label">{label}</span>
                                </a>
                            </li>
                        }).collect_view()}
                    </ul>
                </nav>
            </div>
        </header>
        <DataBanner/>
        <main id="inhoud" tabindex="-1">{children()}</main>
        <NoticeBar/>
        <footer class="site-footer">
            <p>
                "Gebaseerd op de Samenwerkingswijzer van de gemeente Noordoostpolder (2017). "
                "Alles wat je invult blijft op dit apparaat."
            </p>
        </footer>
    }
}

/// Moves focus to the main content. The `<base href>` would otherwise turn `#inhoud` into a
/// link to the start page.
fn skip_to_content(event: leptos::ev::MouseEvent) {
    event.prevent_default();
    if let Some(main) = document().get_element_by_id("inhoud") {
        if let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
            let _ = main.focus();
            main.scroll_into_view();
        }
    }
}

/// One step of a breadcrumb: a label and, except for the current page, a path.
pub type Crumb = (&'static str, Option<&'static str>);

#[component]
pub fn Breadcrumb(#[prop(into)] trail: Vec<Crumb>) -> impl IntoView {
    view! {
        <nav aria-label="Kruimelpad" class="breadcrumb">
            <ol>
                <li><a href=href(routes::Page::Start.path())>"Start"</a></li>
                {trail
                    .into_iter()
                    .map(|(label, path)| match path {
                        Some(path) => view! { <li><a href=href(path)>{label}</a></li> }.into_any(),
                        None => view! { <li aria-current="page">{label}</li> }.into_any(),
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
