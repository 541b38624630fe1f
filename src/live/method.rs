//! "How to read this map": its buttons (in the header, and in the embed's
//! footer) open the served dialog; its form closes it.

use web_sys::{HtmlDialogElement, MouseEvent};

use super::dom::{find_all, find_as, on};

pub fn bind() {
    let Some(dialog) = find_as::<HtmlDialogElement>(".method-dialog") else {
        return;
    };
    for button in find_all(".method-open") {
        let dialog = dialog.clone();
        on::<MouseEvent>(&button, "click", move |_| drop(dialog.show_modal()));
    }
}
