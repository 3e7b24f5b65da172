//! The closed choices an evaluation is made of, each stored by a stable key with a Dutch
//! label (status, complexity, phase, the municipality's role, the participation level) and
//! the score of a rating (1–5 or "n.v.t.").

use serde::{Deserialize, Serialize};

macro_rules! key_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $key:literal, $label:literal;)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $key)] $variant,)*
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The key used in JSON.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key,)* }
            }

            /// Dutch label shown to people.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label,)* }
            }

            pub fn from_key(key: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.key() == key)
            }

            /// Every key, for messages and the schema.
            pub fn keys() -> Vec<&'static str> {
                Self::ALL.iter().map(|v| v.key()).collect()
            }
        }
    };
}

key_enum!(
    /// Whether an evaluation is still being written or finished.
    Status {
        Concept => "concept", "Concept";
        Afgerond => "afgerond", "Afgerond";
    }
);

#[allow(clippy::derivable_impls)]
impl Default for Status {
    fn default() -> Self {
        Status::Concept
    }
}

key_enum!(
    /// The seed's two kinds of example cases: simpler ones, and complex ones with different
    /// interests.
    Complexity {
        Eenvoudig => "eenvoudig", "Eenvoudig";
        Complex => "complex", "Complex (verschillende belangen)";
    }
);

key_enum!(
    /// The four sub-processes of the guide's working method: where the case is now.
    Phase {
        Verkennen => "verkennen", "Verkennen";
        Ontwerpen => "ontwerpen", "Ontwerpen";
        Realiseren => "realiseren", "Realiseren";
        Evalueren => "evalueren", "Evalueren en bijsturen";
    }
);

key_enum!(
    /// The municipality's role on the overheidsparticipatietrap (Rob 2012), most steering first.
    GovernmentRole {
        Reguleren => "reguleren", "Reguleren";
        Regisseren => "regisseren", "Regisseren";
        Stimuleren => "stimuleren", "Stimuleren";
        Faciliteren => "faciliteren", "Faciliteren";
        Loslaten => "loslaten", "Loslaten";
    }
);

key_enum!(
    /// The level on the participatieladder.
    ParticipationLevel {
        Informeren => "informeren", "Informeren";
        Raadplegen => "raadplegen", "Raadplegen";
        Adviseren => "adviseren", "Adviseren";
        Coproduceren => "coproduceren", "Coproduceren";
        Meebeslissen => "meebeslissen", "Meebeslissen";
    }
);

/// A score: 1 (slecht) to 5 (goed), or "n.v.t.". In JSON a number 1–5 or the text `"nvt"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Score {
    Scale(u8),
    NotApplicable,
}

impl Score {
    pub const NVT: &'static str = "nvt";
    pub const OPTIONS: [Score; 6] = [
        Score::Scale(1),
        Score::Scale(2),
        Score::Scale(3),
        Score::Scale(4),
        Score::Scale(5),
        Score::NotApplicable,
    ];

    pub fn label(self) -> String {
        match self {
            Score::Scale(n) => n.to_string(),
            Score::NotApplicable => "n.v.t.".to_string(),
        }
    }

    pub fn key(self) -> String {
        match self {
            Score::Scale(n) => n.to_string(),
            Score::NotApplicable => Self::NVT.to_string(),
        }
    }

    /// The score of a key from [`Score::key`] (`"1"` … `"5"` or `"nvt"`); `None` otherwise.
    pub fn from_key(key: &str) -> Option<Score> {
        if key == Self::NVT {
            return Some(Score::NotApplicable);
        }
        key.parse::<u8>()
            .ok()
            .filter(|n| (1..=5).contains(n))
            .map(Score::Scale)
    }
}

impl Serialize for Score {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Score::Scale(n) => serializer.serialize_u8(*n),
            Score::NotApplicable => serializer.serialize_str(Self::NVT),
        }
    }
}

impl<'de> Deserialize<'de> for Score {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ScoreVisitor;
        impl serde::de::Visitor<'_> for ScoreVisitor {
            type Value = Score;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("1–5 of \"nvt\"")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Score, E> {
                match v {
                    1..=5 => Ok(Score::Scale(v as u8)),
                    _ => Err(E::custom("verwacht 1–5 of n.v.t.")),
                }
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Score, E> {
                u64::try_from(v)
                    .map_err(|_| E::custom("verwacht 1–5 of n.v.t."))
                    .and_then(|v| self.visit_u64(v))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Score, E> {
                if v == Score::NVT {
                    Ok(Score::NotApplicable)
                } else {
                    Err(E::custom("verwacht 1–5 of n.v.t."))
                }
            }
        }
        deserializer.deserialize_any(ScoreVisitor)
    }
}
