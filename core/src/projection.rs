//! The Lambert conformal conic projection (spherical), after d3-geo's
//! `conicConformal`: a pure function of longitude and latitude, with its
//! inverse beside it. Constants are computed once from the standard parallels.
//!
//! Output is in units of the sphere's radius, x east, y north (not yet SVG's
//! y-down: see [`crate::map::Projector`]).

use std::f64::consts::FRAC_PI_4;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ConicConformal {
    /// Cone constant.
    pub n: f64,
    pub f: f64,
    /// Radius of the origin's parallel on the cone.
    pub rho0: f64,
    /// Central meridian, radians.
    pub lambda0: f64,
}

fn tan_half(phi: f64) -> f64 {
    (FRAC_PI_4 + phi / 2.0).tan()
}

impl ConicConformal {
    /// A projection with standard parallels `parallels` (degrees, distinct, same hemisphere),
    /// centred on `origin` = (longitude, latitude) in degrees.
    pub fn new(parallels: (f64, f64), origin: (f64, f64)) -> ConicConformal {
        let (phi1, phi2) = (parallels.0.to_radians(), parallels.1.to_radians());
        let n = (phi1.cos() / phi2.cos()).ln() / (tan_half(phi2) / tan_half(phi1)).ln();
        let f = phi1.cos() * tan_half(phi1).powf(n) / n;
        let rho0 = f / tan_half(origin.1.to_radians()).powf(n);
        ConicConformal {
            n,
            f,
            rho0,
            lambda0: origin.0.to_radians(),
        }
    }

    pub fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        let rho = self.f / tan_half(lat.to_radians()).powf(self.n);
        let theta = self.n * (lon.to_radians() - self.lambda0);
        (rho * theta.sin(), self.rho0 - rho * theta.cos())
    }

    pub fn invert(&self, x: f64, y: f64) -> (f64, f64) {
        let dy = self.rho0 - y;
        let rho = self.n.signum() * x.hypot(dy);
        let theta = x.atan2(dy.abs()) * dy.signum();
        let lat = 2.0 * (self.f / rho).powf(1.0 / self.n).atan() - std::f64::consts::FRAC_PI_2;
        let lon = theta / self.n + self.lambda0;
        (lon.to_degrees(), lat.to_degrees())
    }

    /// The scale factor at a latitude (1 on the standard parallels).
    pub fn scale_factor(&self, lat: f64) -> f64 {
        let phi = lat.to_radians();
        self.n * self.f / (phi.cos() * tan_half(phi).powf(self.n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn region() -> ConicConformal {
        ConicConformal::new((43.0, 52.0), (148.0, 48.0))
    }

    #[test]
    fn the_origin_projects_to_zero_and_the_central_meridian_to_x_zero() {
        let p = region();
        let (x, y) = p.project(148.0, 48.0);
        assert!(x.abs() < 1e-12 && y.abs() < 1e-12);
        let (x, y) = p.project(148.0, 55.0);
        assert!(
            x.abs() < 1e-12 && y > 0.0,
            "north is up on the central meridian"
        );
    }

    #[test]
    fn standard_parallels_are_true_to_scale() {
        let p = region();
        assert!((p.scale_factor(43.0) - 1.0).abs() < 1e-12);
        assert!((p.scale_factor(52.0) - 1.0).abs() < 1e-12);
        assert!(
            p.scale_factor(47.5) < 1.0,
            "between the parallels the map shrinks"
        );
        // A small step along the 43rd parallel has the spherical length.
        let (a, b) = (p.project(145.0, 43.0), p.project(145.01, 43.0));
        let planar = (b.0 - a.0).hypot(b.1 - a.1);
        let spherical = 0.01f64.to_radians() * 43f64.to_radians().cos();
        assert!((planar / spherical - 1.0).abs() < 1e-6);
    }

    #[test]
    fn a_known_point_lands_where_the_formula_puts_it() {
        // Sapporo, checked against an independent evaluation of Snyder (1987) eqs. 15-1..15-5
        // on the unit sphere (a Python one-liner): n = 0.73804, F = 1.83230, rho0 = 0.90386.
        let p = region();
        assert!((p.n - 0.738_04).abs() < 1e-5, "n = {}", p.n);
        assert!((p.f - 1.832_30).abs() < 1e-5 && (p.rho0 - 0.903_86).abs() < 1e-5);
        let (x, y) = p.project(141.35, 43.06);
        assert!((x - -0.084_691).abs() < 1e-6, "x = {x}");
        assert!((y - -0.082_403).abs() < 1e-6, "y = {y}");
    }

    #[test]
    fn invert_undoes_project_across_the_region() {
        let p = region();
        for lon in (139..=157).step_by(3) {
            for lat in (41..=55).step_by(2) {
                let (x, y) = p.project(lon as f64, lat as f64);
                let (lon2, lat2) = p.invert(x, y);
                assert!(
                    (lon2 - lon as f64).abs() < 1e-9 && (lat2 - lat as f64).abs() < 1e-9,
                    "{lon},{lat} -> {lon2},{lat2}"
                );
            }
        }
    }
}
