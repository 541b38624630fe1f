use kurils_core::text::fixed;
use kurils_core::Status;
use leptos::prelude::*;

use crate::state::MapState;

/// The map's fills for the statuses that are not one state's plain colour:
/// two-colour stripes for `shared`, the occupier's hatching over the
/// sovereign's colour for the occupations, the claimant's dots over the
/// administrator's colour for `disputed`. So colour is never the only cue.
///
/// Pattern sizes are in screen pixels: the transform scales them by the view
/// units per pixel, so stripes stay as fine when zoomed in. The HTML swatches
/// (legend, strip, card) draw the same patterns with CSS gradients in app.css.
#[component]
pub fn StatusPatterns() -> impl IntoView {
    let state = expect_context::<MapState>();
    let transform = move || format!("scale({}) rotate(45)", fixed(state.units_per_pixel(), 3));
    let dots = move || format!("scale({})", fixed(state.units_per_pixel(), 3));
    let id = |status: Status| format!("pattern-{}", status.as_str());
    view! {
        <defs>
            <pattern id=id(Status::Shared) patternUnits="userSpaceOnUse" width="8" height="8" patternTransform=transform>
                <rect class="paint-japan" width="8" height="8"></rect>
                <rect class="paint-russia" width="4" height="8"></rect>
            </pattern>
            <pattern id=id(Status::OccupiedByJapan) patternUnits="userSpaceOnUse" width="7" height="7" patternTransform=transform>
                <rect class="paint-russia" width="7" height="7"></rect>
                <rect class="paint-japan-strong" width="2.2" height="7"></rect>
            </pattern>
            <pattern id=id(Status::OccupiedByUssr) patternUnits="userSpaceOnUse" width="7" height="7" patternTransform=transform>
                <rect class="paint-japan" width="7" height="7"></rect>
                <rect class="paint-russia-strong" width="2.2" height="7"></rect>
            </pattern>
            <pattern id=id(Status::Disputed) patternUnits="userSpaceOnUse" width="6" height="6" patternTransform=dots>
                <rect class="paint-russia" width="6" height="6"></rect>
                <circle class="paint-japan-strong" cx="3" cy="3" r="1.4"></circle>
            </pattern>
        </defs>
    }
}
