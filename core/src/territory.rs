//! The eight territories the map colours. Their identifiers are the DOM's
//! `data-territory` values and the feature ids in `geo/territories.geojson`.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TerritoryId {
    Hokkaido,
    SakhalinSouth,
    SakhalinNorth,
    KurilsNorth,
    Iturup,
    Kunashir,
    Shikotan,
    Habomai,
}

impl TerritoryId {
    /// Every territory, in the order of the data files and of the history strip (south-west to north-east, then the four southern islands).
    pub const ALL: [TerritoryId; 8] = [
        TerritoryId::Hokkaido,
        TerritoryId::SakhalinSouth,
        TerritoryId::SakhalinNorth,
        TerritoryId::KurilsNorth,
        TerritoryId::Iturup,
        TerritoryId::Kunashir,
        TerritoryId::Shikotan,
        TerritoryId::Habomai,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            TerritoryId::Hokkaido => "hokkaido",
            TerritoryId::SakhalinSouth => "sakhalin-south",
            TerritoryId::SakhalinNorth => "sakhalin-north",
            TerritoryId::KurilsNorth => "kurils-north",
            TerritoryId::Iturup => "iturup",
            TerritoryId::Kunashir => "kunashir",
            TerritoryId::Shikotan => "shikotan",
            TerritoryId::Habomai => "habomai",
        }
    }

    pub fn parse(s: &str) -> Option<TerritoryId> {
        TerritoryId::ALL.into_iter().find(|id| id.as_str() == s)
    }

    /// Position in [`TerritoryId::ALL`], for indexing per-territory tables.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The four southern islands that Japan claims.
    pub const fn is_southern_island(self) -> bool {
        matches!(
            self,
            TerritoryId::Iturup
                | TerritoryId::Kunashir
                | TerritoryId::Shikotan
                | TerritoryId::Habomai
        )
    }

    pub const fn rust_path(self) -> &'static str {
        match self {
            TerritoryId::Hokkaido => "TerritoryId::Hokkaido",
            TerritoryId::SakhalinSouth => "TerritoryId::SakhalinSouth",
            TerritoryId::SakhalinNorth => "TerritoryId::SakhalinNorth",
            TerritoryId::KurilsNorth => "TerritoryId::KurilsNorth",
            TerritoryId::Iturup => "TerritoryId::Iturup",
            TerritoryId::Kunashir => "TerritoryId::Kunashir",
            TerritoryId::Shikotan => "TerritoryId::Shikotan",
            TerritoryId::Habomai => "TerritoryId::Habomai",
        }
    }
}

impl std::fmt::Display for TerritoryId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_index_matches_order() {
        for (i, id) in TerritoryId::ALL.into_iter().enumerate() {
            assert_eq!(TerritoryId::parse(id.as_str()), Some(id));
            assert_eq!(id.index(), i);
            assert!(id.rust_path().ends_with(&format!("{id:?}")));
        }
        assert_eq!(TerritoryId::parse("sakhalin"), None);
        let southern: Vec<_> = TerritoryId::ALL
            .into_iter()
            .filter(|id| id.is_southern_island())
            .collect();
        assert_eq!(southern.len(), 4);
    }
}
