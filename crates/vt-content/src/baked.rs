//! The bundled pack, baked: built from static text, with no parsing or checks at
//! run time. Generated from `content/en-GB.json` by `bake.rs`; do not edit. The
//! test that generates it fails when it is stale: `UPDATE_BAKED=1 cargo test -p vt-content --lib bake`.

use chrono::NaiveDate;

use crate::id::Id;
use crate::{
    About, Advice, Attribution, Burnout, ContentPack, Practice, PracticeKind, Review,
    SchemaVersion, SelfCareAction, Sign, SignsRecognised, SupportRoute,
};

const LAST_REVIEWED: NaiveDate = date(NaiveDate::from_ymd_opt(2026, 11, 28));
const NEXT_REVIEW_DUE: NaiveDate = date(NaiveDate::from_ymd_opt(2027, 11, 28));

/// A date checked when this file is compiled.
const fn date(date: Option<NaiveDate>) -> NaiveDate {
    match date {
        Some(date) => date,
        None => panic!("not a date"),
    }
}

fn t(text: &str) -> String {
    text.to_owned()
}

/// The bundled pack.
pub(crate) fn pack() -> ContentPack {
    ContentPack {
        schema_link: Some(t("../../../schema/vt-content-pack.schema.json")),
        schema_version: SchemaVersion { major: 1, minor: 0 },
        id: Id::baked("vicarious-traumatisation"),
        version: semver::Version::new(1, 0, 0),
        locale: t("en-GB"),
        title: t("Vicarious traumatisation"),
        summary: vec![
            t("Supporting people who are in pain or distress can affect you too."),
            t("This guide explains vicarious traumatisation, the signs to look out for, and what you can do to look after yourself."),
        ],
        attribution: Attribution {
            source_title: t("Vicarious traumatisation"),
            source_name: t("RotherHive"),
            publisher: t("Rotherham Place Partnership"),
            adapted: true,
            notice: t("Adapted in our own words from the page “Vicarious traumatisation” on RotherHive, from Rotherham Place Partnership."),
        },
        disclaimer: vec![
            t("This guide helps you understand VT. It does not diagnose anything."),
            t("If you are worried about how you feel, talk to someone you trust."),
        ],
        review: Review {
            last_reviewed: LAST_REVIEWED,
            next_review_due: NEXT_REVIEW_DUE,
        },
        about: About {
            definition: vec![
                t("Vicarious traumatisation (VT) is harm that can build up when you support people who are in pain or distress."),
                t("It can happen when you feel for someone in distress again and again."),
            ],
            also_known_as: vec![
                t("compassion fatigue"),
            ],
            how_it_happens: vec![
                t("Some cells in your brain, called mirror neurons, pick up the distress of the person you are with."),
                t("Your brain can then copy that distress, so you feel some of their trauma yourself."),
            ],
            who_can_be_affected: vec![
                t("At work, when your job involves supporting people."),
                t("At home, when you support someone close to you."),
                t("In your community, when you support someone who lives near you."),
            ],
            burnout: Burnout {
                differences: vec![
                    t("VT and burnout are not the same thing."),
                    t("Burnout happens when you take on too much for a long time. Anyone can get it, and it is not linked to empathy or to trauma."),
                    t("VT comes from feeling for people who are in distress."),
                ],
                overlap: vec![
                    t("VT and burnout often happen together."),
                    t("When you have VT, you may also feel worn out in your body and your mind."),
                ],
            },
        },
        signs: vec![
            Sign {
                id: Id::baked("feeling-powerless"),
                title: t("Feeling useless or powerless"),
                description: vec![
                    t("You feel you are no good at your job, or that you cannot help the people you support."),
                ],
            },
            Sign {
                id: Id::baked("losing-hope"),
                title: t("Losing hope or meaning"),
                description: vec![
                    t("You find it hard to feel hopeful, and what you do no longer seems to mean much."),
                ],
            },
            Sign {
                id: Id::baked("preoccupied-or-avoiding"),
                title: t("Fixed on someone you help, or avoiding them"),
                description: vec![
                    t("You cannot stop thinking about a person you support. Or you badly want to stay away from them."),
                ],
            },
            Sign {
                id: Id::baked("intrusive-thoughts"),
                title: t("Unwanted thoughts or dreams"),
                description: vec![
                    t("Thoughts or dreams push into your mind when you do not want them."),
                ],
            },
            Sign {
                id: Id::baked("anxious-about-loved-ones"),
                title: t("Worrying too much about your loved ones"),
                description: vec![
                    t("You feel far more anxious than you need to about the people close to you."),
                ],
            },
            Sign {
                id: Id::baked("withdrawing"),
                title: t("Pulling away from others"),
                description: vec![
                    t("You feel more and more cut off from people, and you keep to yourself more than you used to."),
                ],
            },
            Sign {
                id: Id::baked("low-motivation"),
                title: t("Low motivation"),
                description: vec![
                    t("You find it hard to get going with everyday life. Looking after yourself feels like too much effort."),
                ],
            },
        ],
        self_care_actions: vec![
            SelfCareAction {
                id: Id::baked("notice-your-feelings"),
                title: t("Notice how you feel"),
                how: vec![
                    t("Give yourself more time to check in with your feelings."),
                    t("Try not to stay stuck in your thoughts. Writing your feelings down can help."),
                    t("You could keep a diary of your feelings."),
                ],
            },
            SelfCareAction {
                id: Id::baked("be-your-own-best-friend"),
                title: t("Be your own best friend"),
                how: vec![
                    t("Be as kind to yourself as you would be to a close friend."),
                    t("Listen out for the critical voice in your head."),
                    t("Swap it for a kind and caring voice, like a best friend who is on your side."),
                ],
            },
            SelfCareAction {
                id: Id::baked("stay-connected"),
                title: t("Stay connected"),
                how: vec![
                    t("Keep in touch with people at home and at work, so that you do not become cut off or go without support."),
                    t("Tell someone you trust how supporting another person has affected you."),
                    t("If it feels right for you, you could also contact a support line."),
                ],
            },
            SelfCareAction {
                id: Id::baked("make-time-for-you"),
                title: t("Make time for yourself"),
                how: vec![
                    t("Keep a fair balance between the time you give to others and the time you keep for yourself."),
                ],
            },
        ],
        practices: vec![
            Practice {
                id: Id::baked("ground"),
                kind: PracticeKind::Ground,
                title: t("Ground"),
                purpose: vec![
                    t("Grounding helps you stay steady in your body while you support someone."),
                ],
                how: vec![
                    t("While you support someone, notice your feet pressing firmly on the floor."),
                    t("Breathe on purpose, and pay attention to each breath."),
                ],
                examples: vec![
                    t("Feeling your feet firm on the ground"),
                    t("Breathing with attention"),
                ],
            },
            Practice {
                id: Id::baked("release"),
                kind: PracticeKind::Release,
                title: t("Release"),
                purpose: vec![
                    t("Releasing helps you let go of the pain you take on from others."),
                    t("It helps your body and lungs let go of stored adrenaline and stress."),
                ],
                how: vec![
                    t("Do exercise that makes your heart and breathing speed up, and do it regularly."),
                    t("Any kind you enjoy will help."),
                ],
                examples: vec![
                    t("Running"),
                    t("Singing"),
                    t("Online workouts"),
                    t("Dancing in your living room"),
                ],
            },
            Practice {
                id: Id::baked("recharge"),
                kind: PracticeKind::Recharge,
                title: t("Recharge"),
                purpose: vec![
                    t("Recharging renews your connection to life."),
                    t("It helps your body make more of its good chemicals."),
                ],
                how: vec![
                    t("Spend time on things that bring you joy and connection."),
                ],
                examples: vec![
                    t("Keeping in touch with friends and loved ones online"),
                    t("Spending time with pets"),
                    t("Playing at home"),
                    t("Being out in nature"),
                    t("Having fun"),
                    t("Being creative"),
                    t("Spiritual activities at home"),
                ],
            },
        ],
        support: vec![
            SupportRoute {
                id: Id::baked("trusted-person"),
                title: t("Someone you trust"),
                description: vec![
                    t("Talk to a person you trust who may be able to support you."),
                    t("Tell them how supporting others has been affecting you."),
                ],
            },
            SupportRoute {
                id: Id::baked("line-manager"),
                title: t("Your line manager"),
                description: vec![
                    t("Talk to your line manager too."),
                    t("Let them know how your work is affecting you."),
                ],
            },
            SupportRoute {
                id: Id::baked("support-lines"),
                title: t("Support lines"),
                description: vec![
                    t("A support line may be able to help you, if that feels right for you."),
                ],
            },
        ],
        advice: Advice {
            signs_recognised: SignsRecognised {
                message: vec![
                    t("If you notice one or more of these signs in yourself, talk to someone you trust who may be able to support you."),
                    t("It is also a good idea to talk to your line manager."),
                ],
                speak_to: vec![
                    Id::baked("trusted-person"),
                    Id::baked("line-manager"),
                ],
            },
            prevention: vec![
                t("Knowing the signs of VT helps you spot them early."),
                t("Regular self-care helps you cope better."),
                t("Together, these lower your risk of VT."),
            ],
            self_care: vec![
                t("Try these actions regularly. They can make a big difference."),
                t("They help you build resilience, so that VT is less likely to start. They also help you recover if it does."),
            ],
            practices: vec![
                t("These three practices help your body make more of its good chemicals and clear out stress chemicals."),
                t("They help you ground yourself, release stress and recharge your energy."),
            ],
            recovery_and_burnout: vec![
                t("There is good news. What helps you recover from VT also helps to prevent burnout or to ease it."),
            ],
        },
    }
}
