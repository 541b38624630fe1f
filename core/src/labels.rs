//! Where the map's names go, so that no two overlap and none is cut by the
//! map's edge, at any size: a pure function of the labels' anchors, their
//! measured sizes in each of their forms, their priorities and the view.
//!
//! Greedy, by priority (the territories' names first, then the lines', the
//! seas', the degrees'): each label tries its forms (one line, then wrapped,
//! then a short form) at each of its offsets around the anchor (on it, then
//! beside it, then further out with a leader line back to the anchor), and
//! takes the first that lies inside the view, clear of the map's controls and
//! of every label placed before it. A label that fits nowhere is not shown:
//! a lower-priority name gives way.

use crate::geometry::{Point, Rect};

/// A label to place. Sizes are in the view's units, as measured on screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// The point it names (the middle of the text goes here when it fits).
    pub anchor: Point,
    /// Its forms, in order of preference (one line, wrapped, short): width and height.
    pub forms: Vec<(f64, f64)>,
    /// Lower numbers are placed first.
    pub priority: u8,
    /// Whether it may move away from its anchor and draw a leader line back.
    pub may_lead: bool,
    /// Whether it may move at all (a degree label stays at its line's end, or goes).
    pub movable: bool,
}

/// Where a label goes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placement {
    /// Which form (index into `Candidate::forms`).
    pub form: usize,
    /// The centre of its text box.
    pub center: Point,
    /// The box it takes.
    pub rect: Rect,
    /// Whether a leader line joins it to its anchor (it was moved away).
    pub leader: bool,
}

/// Offsets of the text box's centre from the anchor, in heights of the box:
/// on the anchor, above, below, then beside it.
const NEAR: [(f64, f64); 5] = [(0.0, 0.0), (0.0, -1.1), (0.0, 1.1), (0.6, 0.0), (-0.6, 0.0)];

/// Further out, for a label that may draw a leader line (in heights of the box,
/// and for the horizontal ones, widths too).
const FAR: [(f64, f64); 6] = [
    (0.0, -2.6),
    (0.0, 2.6),
    (0.75, -1.8),
    (0.75, 1.8),
    (-0.75, -1.8),
    (-0.75, 1.8),
];

fn overlaps(a: Rect, b: Rect) -> bool {
    a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

fn inside(r: Rect, area: Rect) -> bool {
    r.x >= area.x && r.y >= area.y && r.x + r.w <= area.x + area.w && r.y + r.h <= area.y + area.h
}

/// Places `labels` in `area` (the visible view, less a margin), keeping clear
/// of `obstacles` (the map's controls, in view units). Returns one entry per
/// label, `None` for a label that gives way.
pub fn place(labels: &[Candidate], area: Rect, obstacles: &[Rect]) -> Vec<Option<Placement>> {
    let mut order: Vec<usize> = (0..labels.len()).collect();
    order.sort_by_key(|&i| labels[i].priority);
    let mut taken: Vec<Rect> = obstacles.to_vec();
    let mut placed: Vec<Option<Placement>> = vec![None; labels.len()];
    for index in order {
        let label = &labels[index];
        let found = label.forms.iter().enumerate().find_map(|(form, &(w, h))| {
            let near = NEAR
                .iter()
                .take(if label.movable { NEAR.len() } else { 1 })
                .map(|&(dx, dy)| (dx * w, dy * h, false));
            let far = FAR
                .iter()
                .filter(|_| label.may_lead)
                .map(|&(dx, dy)| (dx * w, dy * h, true));
            near.chain(far).find_map(|(dx, dy, leader)| {
                let center = Point {
                    x: label.anchor.x + dx,
                    y: label.anchor.y + dy,
                };
                let rect = Rect::centered(center, w, h);
                (inside(rect, area) && !taken.iter().any(|t| overlaps(*t, rect))).then_some(
                    Placement {
                        form,
                        center,
                        rect,
                        leader,
                    },
                )
            })
        });
        if let Some(p) = found {
            taken.push(p.rect);
        }
        placed[index] = found;
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

    const AREA: Rect = Rect {
        x: 0.0,
        y: 0.0,
        w: 100.0,
        h: 100.0,
    };

    fn label(x: f64, y: f64, w: f64, priority: u8) -> Candidate {
        Candidate {
            anchor: Point { x, y },
            forms: vec![(w, 6.0)],
            priority,
            may_lead: false,
            movable: true,
        }
    }

    fn no_two_overlap(placed: &[Option<Placement>]) -> bool {
        let rects: Vec<Rect> = placed.iter().flatten().map(|p| p.rect).collect();
        rects
            .iter()
            .enumerate()
            .all(|(i, a)| rects[i + 1..].iter().all(|b| !overlaps(*a, *b)))
    }

    #[test]
    fn a_label_that_fits_sits_on_its_anchor() {
        let placed = place(&[label(50.0, 50.0, 20.0, 0)], AREA, &[]);
        let p = placed[0].unwrap();
        assert_eq!(p.center, Point { x: 50.0, y: 50.0 });
        assert!(!p.leader);
    }

    #[test]
    fn two_labels_on_one_spot_do_not_overlap_and_the_first_keeps_its_place() {
        let placed = place(
            &[label(50.0, 50.0, 20.0, 1), label(50.0, 50.0, 20.0, 0)],
            AREA,
            &[],
        );
        assert_eq!(
            placed[1].unwrap().center,
            Point { x: 50.0, y: 50.0 },
            "priority 0 first"
        );
        assert!(placed[0].is_some(), "the other moves aside");
        assert!(no_two_overlap(&placed));
    }

    #[test]
    fn nothing_is_cut_by_the_edge_and_a_label_too_wide_gives_way() {
        let placed = place(
            &[label(2.0, 50.0, 20.0, 0), label(50.0, 50.0, 150.0, 1)],
            AREA,
            &[],
        );
        let p = placed[0].expect("moved inside");
        assert!(p.rect.x >= 0.0, "not cut by the left edge: {p:?}");
        assert!(placed[1].is_none(), "wider than the map: not shown");
    }

    #[test]
    fn a_shorter_form_is_used_when_the_long_one_does_not_fit() {
        let long = Candidate {
            anchor: Point { x: 50.0, y: 50.0 },
            forms: vec![(120.0, 6.0), (40.0, 12.0)],
            priority: 0,
            may_lead: false,
            movable: true,
        };
        assert_eq!(place(&[long], AREA, &[])[0].unwrap().form, 1);
    }

    #[test]
    fn controls_are_kept_clear_and_crowded_labels_lead_back_to_their_anchors() {
        let controls = [Rect {
            x: 0.0,
            y: 0.0,
            w: 30.0,
            h: 20.0,
        }];
        let placed = place(&[label(10.0, 10.0, 10.0, 0)], AREA, &controls);
        assert!(placed[0].is_none_or(|p| !overlaps(p.rect, controls[0])));
        // A cluster of four names on one spot: the two that may lead are placed with leaders.
        let mut cluster: Vec<Candidate> = (0..4).map(|i| label(60.0, 60.0, 16.0, i)).collect();
        cluster[2].may_lead = true;
        cluster[3].may_lead = true;
        let placed = place(&cluster, AREA, &[]);
        assert!(no_two_overlap(&placed));
        assert!(placed.iter().all(Option::is_some), "{placed:?}");
        assert!(placed[2].unwrap().leader || placed[3].unwrap().leader);
    }

    #[test]
    fn a_label_that_may_not_move_stays_or_gives_way() {
        let mut degree = label(50.0, 50.0, 10.0, 5);
        degree.movable = false;
        let placed = place(&[label(50.0, 50.0, 30.0, 0), degree], AREA, &[]);
        assert!(
            placed[1].is_none(),
            "covered by a name: it gives way rather than move"
        );
    }
}
