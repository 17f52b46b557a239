//! The bundled pack, baked: built from static text, with no parsing or checks at run
//! time. Generated from `content/en-GB.json` by `bake.rs`; do not edit. The test that
//! generates it fails when it is stale: `UPDATE_BAKED=1 cargo test -p vt-content --lib bake`.

/// The bundled pack, built from static text.
pub(crate) fn pack() -> crate::ContentPack {
    crate::ContentPack {
        schema_link: Some(t("../../../schema/vt-content-pack.schema.json")),
        schema_version: crate::SchemaVersion {
            major: 1u32,
            minor: 1u32,
        },
        id: crate::Id::baked("vicarious-traumatisation"),
        version: crate::ContentVersion::from(semver::Version::new(1u64, 1u64, 4u64)),
        locale: crate::Locale::baked("en-GB"),
        audience: Some(
            t(
                "People who support others in distress, at work, at home or in their community",
            ),
        ),
        region: Some(t("GB-ENG")),
        title: t("Vicarious traumatisation"),
        summary: vec![
            t("Supporting people who are in pain or distress can affect you too."),
            t("This guide explains vicarious traumatisation (VT) and some of the signs to look out for."),
            t("It also explains what you can do to look after yourself.")
        ],
        attribution: crate::Attribution {
            source_title: t("Vicarious traumatisation"),
            source_name: t("RotherHive"),
            publisher: t("Rotherham Place Partnership"),
            adapted: true,
            notice: t(
                "Adapted in our own words from the page “Vicarious traumatisation” on RotherHive, from Rotherham Place Partnership. The publisher has not reviewed or endorsed this adaptation.",
            ),
            copyright: Some(
                t(
                    "© Copyright Rotherham Place Partnership (Previously NHS Rotherham Clinical Commissioning Group) 2024",
                ),
            ),
            url: None,
            licence: Some(crate::Licence {
                expression: t("LicenseRef-reuse-terms-not-stated"),
                text: vec![
                    t("The source page does not say on what terms its text may be reused."),
                    t("This adaptation claims no licence to it."),
                    t("Before you publish this text, confirm the terms with Rotherham Place Partnership.")
                ],
            }),
            endorsed: Some(false),
        },
        disclaimer: vec![
            t("This guide helps you understand VT. It does not diagnose anything."),
            t("It cannot tell you whether you have VT."),
            t("If you are worried about how you feel, talk to someone you trust.")
        ],
        urgent_help: Some(crate::UrgentHelp {
            title: t("If you need help now"),
            message: vec![
                t("If you feel you cannot keep yourself safe, get help straight away."),
                t("You do not have to wait until things get worse.")
            ],
            contacts: vec![
                crate ::Contact { id : crate ::Id::baked("emergency-services"), name :
                t("Emergency services"), purpose :
                t("Call if your life or someone else’s life is in danger."), phone :
                Some(t("999")), text_message : None, url : None, hours : Some(crate
                ::OpeningHours { days : crate ::Days::EveryDay, opens : None, closes :
                None, closes_next_day : None }), cost : Some(crate ::Cost::Free), region
                : Some(t("GB")), origin : crate ::ContactOrigin::Editors }, crate
                ::Contact { id : crate ::Id::baked("nhs-111"), name : t("NHS 111"),
                purpose : t("Call for urgent help with your mental health in England."),
                phone : Some(t("111")), text_message : None, url : None, hours :
                Some(crate ::OpeningHours { days : crate ::Days::EveryDay, opens : None,
                closes : None, closes_next_day : None }), cost : Some(crate
                ::Cost::Free), region : Some(t("GB-ENG")), origin : crate
                ::ContactOrigin::Editors }, crate ::Contact { id : crate
                ::Id::baked("samaritans"), name : t("Samaritans"), purpose :
                t("Call to talk to someone about anything that is troubling you."), phone
                : Some(t("116 123")), text_message : None, url : None, hours : Some(crate
                ::OpeningHours { days : crate ::Days::EveryDay, opens : None, closes :
                None, closes_next_day : None }), cost : Some(crate ::Cost::Free), region
                : Some(t("GB")), origin : crate ::ContactOrigin::Editors }, crate
                ::Contact { id : crate ::Id::baked("shout"), name : t("Shout"), purpose :
                t("Text if you are struggling to cope and would rather not talk on the phone."),
                phone : None, text_message : Some(crate ::TextMessage { number :
                t("85258"), keyword : t("SHOUT") }), url : None, hours : Some(crate
                ::OpeningHours { days : crate ::Days::EveryDay, opens : None, closes :
                None, closes_next_day : None }), cost : Some(crate ::Cost::Free), region
                : Some(t("GB")), origin : crate ::ContactOrigin::Editors }
            ],
        }),
        review: crate::Review {
            status: Some(crate::ReviewStatus::Draft),
            last_reviewed: None,
            next_review_due: chrono::NaiveDate::from_ymd_opt(2027i32, 11u32, 28u32)
                .expect("a baked date"),
            reviewed_by: None,
        },
        about: crate::About {
            definition: vec![
                t("Vicarious traumatisation (VT) is harm that supporting people in pain or distress can cause you."),
                t("It can happen when you feel for someone in pain or distress again and again.")
            ],
            also_known_as: vec![t("VT")],
            related_ideas: vec![t("You could also think of VT as compassion fatigue.")],
            how_it_happens: vec![
                t("Your brain has cells called mirror neurons."),
                t("These cells may pick up the distress of someone you support."),
                t("Your brain can then copy some of that distress, so you may feel some of their trauma yourself.")
            ],
            who_can_be_affected: vec![
                t("At work, when you support people there."),
                t("At home, when you support someone close to you."),
                t("In your community, when you support someone who lives in your area.")
            ],
            burnout: crate::Burnout {
                differences: vec![
                    t("VT and burnout are not the same thing."),
                    t("Burnout happens when you take on too much for a long time."),
                    t("Anyone can get burnout. It does not come from feeling for others, or from trauma."),
                    t("You can get VT from feeling for people in distress again and again.")
                ],
                overlap: vec![
                    t("VT and burnout often happen together."),
                    t("If VT affects you, you may also feel worn out in your body and your mind.")
                ],
            },
        },
        signs: vec![
            crate ::Sign { id : crate ::Id::baked("feeling-powerless"), title :
            t("Feeling useless or powerless"), description :
            vec![t("You feel you are no good at your job, or that you cannot help the people you support.")]
            }, crate ::Sign { id : crate ::Id::baked("losing-hope"), title :
            t("Losing hope or meaning"), description :
            vec![t("You find it hard to feel hopeful, or what you do seems to have little meaning.")]
            }, crate ::Sign { id : crate ::Id::baked("preoccupied-or-avoiding"), title :
            t("Fixed on someone you help, or avoiding them"), description :
            vec![t("You cannot stop thinking about a person you support. Or you badly want to stay away from them.")]
            }, crate ::Sign { id : crate ::Id::baked("intrusive-thoughts"), title :
            t("Unwanted thoughts or dreams"), description :
            vec![t("Thoughts or dreams push into your mind when you do not want them.")]
            }, crate ::Sign { id : crate ::Id::baked("anxious-about-loved-ones"), title :
            t("Worrying too much about your loved ones"), description :
            vec![t("You worry about the people close to you more than you need to.")] },
            crate ::Sign { id : crate ::Id::baked("withdrawing"), title :
            t("Pulling away from others"), description :
            vec![t("You feel more and more cut off from people. You keep to yourself more than you used to.")]
            }, crate ::Sign { id : crate ::Id::baked("low-motivation"), title :
            t("Low motivation"), description :
            vec![t("You find it hard to get going with everyday life. Looking after yourself feels like too much effort.")]
            }
        ],
        self_care_actions: vec![
            crate ::SelfCareAction { id : crate ::Id::baked("notice-your-feelings"),
            title : t("Notice how you feel"), how :
            vec![t("Give yourself more time to check in with your feelings."),
            t("Try not to stay stuck in your thoughts. Writing your feelings down can help."),
            t("You could keep a diary of your feelings.")] }, crate ::SelfCareAction { id
            : crate ::Id::baked("be-your-own-best-friend"), title :
            t("Be your own best friend"), how :
            vec![t("Be as kind to yourself as you would be to a close friend."),
            t("Listen out for the critical voice in your head."),
            t("Try to swap it for a kind and caring voice, like a best friend who is on your side.")]
            }, crate ::SelfCareAction { id : crate ::Id::baked("stay-connected"), title :
            t("Stay connected"), how :
            vec![t("Keep in touch with people at home and at work. Then you are less likely to feel cut off or go without support."),
            t("Tell someone you trust how supporting another person has affected you."),
            t("If it feels right for you, you could also contact a support line.")] },
            crate ::SelfCareAction { id : crate ::Id::baked("make-time-for-you"), title :
            t("Make more time for yourself"), how :
            vec![t("Keep a fair balance between the time you give to others and the time you keep for yourself.")]
            }
        ],
        practices: vec![
            crate ::Practice { id : crate ::Id::baked("ground"), kind : crate
            ::PracticeKind::Ground, title : t("Ground"), purpose :
            vec![t("Grounding means turning your attention to your body while you support someone.")],
            how :
            vec![t("While you support someone, notice your feet pressing firmly on the floor."),
            t("Breathe on purpose, and pay attention to each breath.")], examples :
            vec![t("Feeling your feet firm on the ground"),
            t("Breathing with attention")] }, crate ::Practice { id : crate
            ::Id::baked("release"), kind : crate ::PracticeKind::Release, title :
            t("Release"), purpose :
            vec![t("Releasing helps you let go of the pain you take on from others."),
            t("Exercise may help your lungs and body let go of stored adrenaline and stress.")],
            how :
            vec![t("Do exercise that makes your heart and breathing speed up, and do it regularly."),
            t("Any kind of exercise like this can help.")], examples : vec![t("Running"),
            t("Singing"), t("Online workouts"), t("Dancing in your living room")] },
            crate ::Practice { id : crate ::Id::baked("recharge"), kind : crate
            ::PracticeKind::Recharge, title : t("Recharge"), purpose :
            vec![t("Recharging renews your connection to life."),
            t("It may help your body make more of the chemicals that help you feel good.")],
            how :
            vec![t("Spend time connecting with others and doing things you enjoy.")],
            examples : vec![t("Keeping in touch with friends and loved ones online"),
            t("Spending time with pets"), t("Playing at home"),
            t("Getting out into nature"), t("Having fun"), t("Being creative"),
            t("Spiritual activities at home")] }
        ],
        support: vec![
            crate ::SupportRoute { id : crate ::Id::baked("trusted-person"), title :
            t("Someone you trust"), description :
            vec![t("Talk to a person you trust who may be able to support you."),
            t("Tell them how supporting others has been affecting you.")], contacts :
            vec![] }, crate ::SupportRoute { id : crate ::Id::baked("line-manager"),
            title : t("Your line manager"), description :
            vec![t("Talk to your line manager too.")], contacts : vec![] }, crate
            ::SupportRoute { id : crate ::Id::baked("support-lines"), title :
            t("Support lines"), description :
            vec![t("A support line may be able to help you, if that feels right for you.")],
            contacts : vec![] }
        ],
        advice: crate::Advice {
            signs_recognised: crate::SignsRecognised {
                message: vec![
                    t("If you notice one or more of these signs in yourself, talk to someone you trust."),
                    t("Choose a person who may be able to support you."),
                    t("It is also a good idea to talk to your line manager.")
                ],
                speak_to: vec![
                    crate ::Id::baked("trusted-person"), crate
                    ::Id::baked("line-manager")
                ],
            },
            other_signs: vec![t("These are only some of the signs of VT.")],
            prevention: vec![
                t("It helps to know the signs of VT."),
                t("Regular self-care helps you cope better."),
                t("Together, these lower your risk of VT.")
            ],
            self_care: vec![
                t("Try these actions regularly. They can make a big difference."),
                t("They can make VT less likely to start. They can also help you recover from VT.")
            ],
            practices: vec![
                t("These three practices may help your body make more of its feel-good chemicals and clear out stress chemicals."),
                t("They help you ground yourself, release stress and recharge your energy.")
            ],
            recovery_and_burnout: vec![
                t("There is good news. What helps you recover from VT also helps to prevent burnout or to ease it.")
            ],
        },
        labels: Some(crate::Labels {
            contents: t("Contents"),
            disclaimer: t("Please note"),
            urgent_help: t("Urgent help"),
            what_it_is: t("What it is"),
            also_known_as: t("Also known as"),
            how_it_happens: t("How it happens"),
            who_can_be_affected: t("Who can be affected"),
            burnout: t("How it differs from burnout"),
            burnout_overlap: t("How they overlap"),
            signs: t("Signs to look out for"),
            signs_recognised: t("If you recognise these signs"),
            speak_to: t("Speak to"),
            prevention: t("Lowering your risk"),
            self_care: t("Looking after yourself"),
            practices: t("Ground, release and recharge"),
            things_to_try: t("Things to try"),
            support: t("Where to turn for support"),
            about_this_content: t("About this content"),
            source: t("Source:"),
            open_quote: t("“"),
            close_quote: t("”"),
            content_version: t("Content version:"),
            last_reviewed: t("Last reviewed:"),
            draft_notice: t("not yet reviewed"),
            next_review_due: t("Review due:"),
            guidance_title: t("Guidance for the signs you recognise"),
            recognised_signs: t("Signs you recognise"),
            related_ideas: t("Related ideas"),
            call: t("Call"),
            text_message: t("Text {keyword} to {number}"),
            website: t("Website:"),
            always_open: t("Any time, day or night"),
            every_day: t("Every day"),
            weekdays: t("Monday to Friday"),
            weekends: t("Saturday and Sunday"),
            opening_times: t("{opens} to {closes}"),
            free: t("Free"),
            standard_rate: t("Standard rate"),
            added_by_editors: t("Added by the editors of this guide"),
            reviewed_by: t("Reviewed by:"),
            licence: t("Reuse terms:"),
        }),
        translation: None,
    }
}
/// A text of the pack; one function, not inlined, keeps the code above small.
#[inline(never)]
fn t(text: &str) -> String {
    text.to_owned()
}
