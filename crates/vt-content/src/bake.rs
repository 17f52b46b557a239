//! Bakes the bundled pack into Rust, as ICU4X bakes its data: `baked.rs` is generated from
//! `content/en-GB.json` by the test below, so that [`bundled`](crate::bundled) builds the
//! pack from static text, with no JSON parsing and no checks at run time. The test loads
//! the JSON with every check, bakes the pack and fails when the committed file differs:
//!
//! ```sh
//! UPDATE_BAKED=1 cargo test -p vt-content --lib bake
//! ```
//!
//! Each value is written as the Rust expression that builds it, with `quote` (and laid out
//! with `prettyplease`). The pack's types are baked by the macros below, from their field
//! names; each destructures its struct without `..`, so a field added to the model does
//! not compile until it is baked too. Every text is built by one small function, `t`, so
//! that the baked code stays small: the first call's time goes mostly to reading that code.

use proc_macro2::TokenStream;
use quote::quote;

use crate::{ContentPack, ContentVersion, Id, Locale, Review};

/// A value written as the Rust expression that builds it, in `baked.rs`.
trait Bake {
    fn bake(&self) -> TokenStream;
}

impl Bake for String {
    fn bake(&self) -> TokenStream {
        quote!(t(#self))
    }
}

impl Bake for bool {
    fn bake(&self) -> TokenStream {
        quote!(#self)
    }
}

impl Bake for u32 {
    fn bake(&self) -> TokenStream {
        quote!(#self)
    }
}

impl<T: Bake> Bake for Vec<T> {
    fn bake(&self) -> TokenStream {
        let items = self.iter().map(Bake::bake);
        quote!(vec![#(#items),*])
    }
}

impl<T: Bake> Bake for Option<T> {
    fn bake(&self) -> TokenStream {
        match self {
            Some(value) => {
                let value = value.bake();
                quote!(Some(#value))
            }
            None => quote!(None),
        }
    }
}

/// Bakes structs as struct literals, field by field.
macro_rules! bake_structs {
    ($($type:ident { $($field:ident),+ $(,)? })+) => {$(
        impl Bake for crate::$type {
            fn bake(&self) -> TokenStream {
                let crate::$type { $($field),+ } = self;
                $(let $field = $field.bake();)+
                quote!(crate::$type { $($field: #$field),+ })
            }
        }
    )+};
}

bake_structs! {
    ContentPack {
        schema_link, schema_version, id, version, locale, audience, region, title, summary,
        attribution, disclaimer, urgent_help, review, about, signs, self_care_actions,
        practices, support, advice, labels, translation,
    }
    SchemaVersion { major, minor }
    Attribution {
        source_title, source_name, publisher, adapted, notice, copyright, url, licence, endorsed,
    }
    Licence { expression, text }
    UrgentHelp { title, message, contacts }
    Contact { id, name, purpose, phone, text_message, url, hours, cost, region, origin }
    TextMessage { number, keyword }
    OpeningHours { days, opens, closes, closes_next_day }
    Reviewer { role, organisation }
    About {
        definition, also_known_as, related_ideas, how_it_happens, who_can_be_affected, burnout,
    }
    Burnout { differences, overlap }
    Sign { id, title, description }
    SelfCareAction { id, title, how }
    Practice { id, kind, title, purpose, how, examples }
    SupportRoute { id, title, description, contacts }
    Advice {
        signs_recognised, other_signs, prevention, self_care, practices, recovery_and_burnout,
    }
    SignsRecognised { message, speak_to }
    Translation { source_locale, source_version }
    Labels {
        contents, disclaimer, urgent_help, what_it_is, also_known_as, how_it_happens,
        who_can_be_affected, burnout, burnout_overlap, signs, signs_recognised, speak_to,
        prevention, self_care, practices, things_to_try, support, about_this_content, source,
        open_quote, close_quote, content_version, last_reviewed, draft_notice, next_review_due,
        guidance_title, recognised_signs, related_ideas, call, text_message, website,
        always_open, every_day, weekdays, weekends, opening_times, free, standard_rate,
        added_by_editors, reviewed_by, licence,
    }
}

/// Bakes unit enums as their variant, named as `Debug` names it.
macro_rules! bake_enums {
    ($($type:ident),+ $(,)?) => {$(
        impl Bake for crate::$type {
            fn bake(&self) -> TokenStream {
                let variant = quote::format_ident!("{}", format!("{self:?}"));
                quote!(crate::$type::#variant)
            }
        }
    )+};
}

bake_enums!(PracticeKind, ReviewStatus, Days, Cost, ContactOrigin);

const REGENERATE: &str = "UPDATE_BAKED=1 cargo test -p vt-content --lib bake";

impl Bake for Id {
    fn bake(&self) -> TokenStream {
        let text = self.as_str();
        quote!(crate::Id::baked(#text))
    }
}

impl Bake for Locale {
    fn bake(&self) -> TokenStream {
        let tag = self.as_str();
        quote!(crate::Locale::baked(#tag))
    }
}

impl Bake for ContentVersion {
    fn bake(&self) -> TokenStream {
        assert!(
            self.pre.is_empty() && self.build.is_empty(),
            "the bundled pack is a release"
        );
        let (major, minor, patch) = (self.major, self.minor, self.patch);
        quote!(crate::ContentVersion::from(semver::Version::new(#major, #minor, #patch)))
    }
}

/// A date, as `NaiveDate` (which is not ours to derive `Bake` for) is built.
fn date(date: chrono::NaiveDate) -> TokenStream {
    use chrono::Datelike;
    let (year, month, day) = (date.year(), date.month(), date.day());
    quote!(chrono::NaiveDate::from_ymd_opt(#year, #month, #day).expect("a baked date"))
}

impl Bake for Review {
    fn bake(&self) -> TokenStream {
        let status = self.status.bake();
        let last_reviewed = match self.last_reviewed {
            Some(day) => {
                let day = date(day);
                quote!(Some(#day))
            }
            None => quote!(None),
        };
        let next_review_due = date(self.next_review_due);
        let reviewed_by = self.reviewed_by.bake();
        quote! {
            crate::Review {
                status: #status,
                last_reviewed: #last_reviewed,
                next_review_due: #next_review_due,
                reviewed_by: #reviewed_by,
            }
        }
    }
}

/// The source of `baked.rs` for `pack`.
fn baked_source(pack: &ContentPack) -> String {
    let expression = pack.bake();
    let file = quote! {
        /// The bundled pack, built from static text.
        pub(crate) fn pack() -> crate::ContentPack {
            #expression
        }

        /// A text of the pack; one function, not inlined, keeps the code above small.
        #[inline(never)]
        fn t(text: &str) -> String {
            text.to_owned()
        }
    };
    let file: syn::File = syn::parse2(file).expect("baked code parses");
    format!(
        "//! The bundled pack, baked: built from static text, with no parsing or checks at run\n\
         //! time. Generated from `content/en-GB.json` by `bake.rs`; do not edit. The test that\n\
         //! generates it fails when it is stale: `{REGENERATE}`.\n\n{}",
        prettyplease::unparse(&file)
    )
}

#[test]
fn the_baked_pack_is_the_bundled_pack_loaded_with_every_check() {
    let loaded = ContentPack::from_json(crate::BUNDLED_JSON).expect("the bundled pack loads");
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/baked.rs");
    let source = baked_source(&loaded.pack);
    if std::env::var_os("UPDATE_BAKED").is_some() {
        std::fs::write(&path, &source).expect("baked.rs is written");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == source,
        "src/baked.rs is stale: regenerate it with `{REGENERATE}`"
    );
    assert!(crate::baked::pack() == loaded.pack);
}
