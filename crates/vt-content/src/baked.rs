//! The bundled pack, baked: built from static text, with no parsing or checks at run
//! time. Generated from `content/en-GB.json` by `bake.rs`; do not edit. The test that
//! generates it fails when it is stale: `UPDATE_BAKED=1 cargo test -p vt-content --lib bake`.

/// The bundled pack, built from static text.
pub(crate) fn pack() -> crate::ContentPack {
    crate::ContentPack {
        schema_link: Some("../../../schema/vt-content-pack.schema.json".to_owned()),
        schema_version: crate::SchemaVersion {
            major: 1u32,
            minor: 1u32,
        },
        id: crate::Id::baked("vicarious-traumatisation"),
        version: crate::ContentVersion::from(semver::Version::new(1u64, 1u64, 0u64)),
        locale: crate::Locale::baked("en-GB"),
        audience: Some(
            "People who support others in distress, at work, at home or in their community"
                .to_owned(),
        ),
        region: Some("GB-ENG".to_owned()),
        title: "Vicarious traumatisation".to_owned(),
        summary: alloc::vec![
            "Supporting people who are in pain or distress can affect you too."
            .to_owned(),
            "This guide explains vicarious traumatisation and some of the signs to look out for."
            .to_owned(), "It also explains what you can do to look after yourself."
            .to_owned(),
        ],
        attribution: crate::Attribution {
            source_title: "Vicarious traumatisation".to_owned(),
            source_name: "RotherHive".to_owned(),
            publisher: "Rotherham Place Partnership".to_owned(),
            adapted: true,
            notice: "Adapted in our own words from the page “Vicarious traumatisation” on RotherHive, from Rotherham Place Partnership. The publisher has not reviewed or endorsed this adaptation."
                .to_owned(),
            copyright: Some(
                "© Copyright Rotherham Place Partnership (Previously NHS Rotherham Clinical Commissioning Group) 2024"
                    .to_owned(),
            ),
            url: None,
            licence: Some(crate::Licence {
                expression: "LicenseRef-reuse-terms-not-stated".to_owned(),
                text: alloc::vec![
                    "The source page does not say on what terms its text may be reused."
                    .to_owned(), "This adaptation claims no licence to it.".to_owned(),
                    "Before you publish this text, confirm the terms with Rotherham Place Partnership."
                    .to_owned(),
                ],
            }),
            endorsed: Some(false),
        },
        disclaimer: alloc::vec![
            "This guide helps you understand VT. It does not diagnose anything."
            .to_owned(), "It cannot tell you whether you have VT.".to_owned(),
            "If you are worried about how you feel, talk to someone you trust."
            .to_owned(),
        ],
        urgent_help: Some(crate::UrgentHelp {
            title: "If you need help now".to_owned(),
            message: alloc::vec![
                "If you feel you cannot keep yourself safe, get help straight away."
                .to_owned(), "You do not have to wait until things get worse."
                .to_owned(),
            ],
            contacts: alloc::vec![
                crate ::Contact { id : crate ::Id::baked("emergency-services"), name :
                "Emergency services".to_owned(), purpose :
                "Call if your life or someone else’s life is in danger.".to_owned(),
                phone : Some("999".to_owned()), text_message : None, url : None, hours :
                Some(crate ::OpeningHours { days : crate ::Days::EveryDay, opens : None,
                closes : None }), cost : Some(crate ::Cost::Free), region : Some("GB"
                .to_owned()), origin : crate ::ContactOrigin::Editors }, crate ::Contact
                { id : crate ::Id::baked("nhs-111"), name : "NHS 111".to_owned(), purpose
                : "Call for urgent help with your mental health in England.".to_owned(),
                phone : Some("111".to_owned()), text_message : None, url : None, hours :
                Some(crate ::OpeningHours { days : crate ::Days::EveryDay, opens : None,
                closes : None }), cost : Some(crate ::Cost::Free), region : Some("GB-ENG"
                .to_owned()), origin : crate ::ContactOrigin::Editors }, crate ::Contact
                { id : crate ::Id::baked("samaritans"), name : "Samaritans".to_owned(),
                purpose : "Call to talk to someone about anything that is troubling you."
                .to_owned(), phone : Some("116 123".to_owned()), text_message : None, url
                : None, hours : Some(crate ::OpeningHours { days : crate
                ::Days::EveryDay, opens : None, closes : None }), cost : Some(crate
                ::Cost::Free), region : Some("GB".to_owned()), origin : crate
                ::ContactOrigin::Editors }, crate ::Contact { id : crate
                ::Id::baked("shout"), name : "Shout".to_owned(), purpose :
                "Text if you would rather not talk on the phone.".to_owned(), phone :
                None, text_message : Some(crate ::TextMessage { number : "85258"
                .to_owned(), keyword : "SHOUT".to_owned() }), url : None, hours :
                Some(crate ::OpeningHours { days : crate ::Days::EveryDay, opens : None,
                closes : None }), cost : Some(crate ::Cost::Free), region : Some("GB"
                .to_owned()), origin : crate ::ContactOrigin::Editors },
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
            definition: alloc::vec![
                "Vicarious traumatisation (VT) is harm that can build up when you support people who are in pain or distress."
                .to_owned(),
                "It can happen when you feel for someone in distress again and again."
                .to_owned(),
            ],
            also_known_as: alloc::vec!["VT".to_owned(),],
            related_ideas: alloc::vec![
                "You may hear VT compared with compassion fatigue. The two ideas are close, but they are not the same."
                .to_owned(),
            ],
            how_it_happens: alloc::vec![
                "Some scientists think your brain has cells called mirror neurons."
                .to_owned(),
                "These cells may pick up the distress of the person you are with."
                .to_owned(),
                "Your brain can then copy some of that distress, so you may feel some of their trauma yourself."
                .to_owned(),
            ],
            who_can_be_affected: alloc::vec![
                "At work, when your job involves supporting people.".to_owned(),
                "At home, when you support someone close to you.".to_owned(),
                "In your community, when you support someone who lives near you."
                .to_owned(),
            ],
            burnout: crate::Burnout {
                differences: alloc::vec![
                    "VT and burnout are not the same thing.".to_owned(),
                    "Burnout happens when you take on too much for a long time."
                    .to_owned(),
                    "Anyone can get burnout, and it is not linked to empathy or to trauma."
                    .to_owned(), "VT comes from feeling for people who are in distress."
                    .to_owned(),
                ],
                overlap: alloc::vec![
                    "VT and burnout often happen together.".to_owned(),
                    "If VT affects you, you may also feel worn out in your body and your mind."
                    .to_owned(),
                ],
            },
        },
        signs: alloc::vec![
            crate ::Sign { id : crate ::Id::baked("feeling-powerless"), title :
            "Feeling useless or powerless".to_owned(), description :
            alloc::vec!["You feel you are no good at your job, or that you cannot help the people you support."
            .to_owned(),] }, crate ::Sign { id : crate ::Id::baked("losing-hope"), title
            : "Losing hope or meaning".to_owned(), description :
            alloc::vec!["You find it hard to feel hopeful, and what you do no longer seems to mean much."
            .to_owned(),] }, crate ::Sign { id : crate
            ::Id::baked("preoccupied-or-avoiding"), title :
            "Fixed on someone you help, or avoiding them".to_owned(), description :
            alloc::vec!["You cannot stop thinking about a person you support. Or you badly want to stay away from them."
            .to_owned(),] }, crate ::Sign { id : crate ::Id::baked("intrusive-thoughts"),
            title : "Unwanted thoughts or dreams".to_owned(), description :
            alloc::vec!["Thoughts or dreams push into your mind when you do not want them."
            .to_owned(),] }, crate ::Sign { id : crate
            ::Id::baked("anxious-about-loved-ones"), title :
            "Worrying too much about your loved ones".to_owned(), description :
            alloc::vec!["You feel very anxious about the people close to you, more than usual."
            .to_owned(),] }, crate ::Sign { id : crate ::Id::baked("withdrawing"), title
            : "Pulling away from others".to_owned(), description :
            alloc::vec!["You feel more and more cut off from people. You keep to yourself more than you used to."
            .to_owned(),] }, crate ::Sign { id : crate ::Id::baked("low-motivation"),
            title : "Low motivation".to_owned(), description :
            alloc::vec!["You find it hard to get going with everyday life. Looking after yourself feels like too much effort."
            .to_owned(),] },
        ],
        self_care_actions: alloc::vec![
            crate ::SelfCareAction { id : crate ::Id::baked("notice-your-feelings"),
            title : "Notice how you feel".to_owned(), how :
            alloc::vec!["Give yourself more time to check in with your feelings."
            .to_owned(),
            "Try not to stay stuck in your thoughts. Writing your feelings down can help."
            .to_owned(), "You could keep a diary of your feelings.".to_owned(),] }, crate
            ::SelfCareAction { id : crate ::Id::baked("be-your-own-best-friend"), title :
            "Be your own best friend".to_owned(), how :
            alloc::vec!["Be as kind to yourself as you would be to a close friend."
            .to_owned(), "Listen out for the critical voice in your head.".to_owned(),
            "Swap it for a kind and caring voice, like a best friend who is on your side."
            .to_owned(),] }, crate ::SelfCareAction { id : crate
            ::Id::baked("stay-connected"), title : "Stay connected".to_owned(), how :
            alloc::vec!["Keep in touch with people at home and at work. Then you are less likely to feel cut off or go without support."
            .to_owned(),
            "Tell someone you trust how supporting another person has affected you."
            .to_owned(),
            "If it feels right for you, you could also contact a support line."
            .to_owned(),] }, crate ::SelfCareAction { id : crate
            ::Id::baked("make-time-for-you"), title : "Make time for yourself"
            .to_owned(), how :
            alloc::vec!["Keep a fair balance between the time you give to others and the time you keep for yourself."
            .to_owned(),] },
        ],
        practices: alloc::vec![
            crate ::Practice { id : crate ::Id::baked("ground"), kind : crate
            ::PracticeKind::Ground, title : "Ground".to_owned(), purpose :
            alloc::vec!["Grounding helps you stay steady in your body while you support someone."
            .to_owned(),], how :
            alloc::vec!["While you support someone, notice your feet pressing firmly on the floor."
            .to_owned(), "Breathe on purpose, and pay attention to each breath."
            .to_owned(),], examples : alloc::vec!["Feeling your feet firm on the ground"
            .to_owned(), "Breathing with attention".to_owned(),] }, crate ::Practice { id
            : crate ::Id::baked("release"), kind : crate ::PracticeKind::Release, title :
            "Release".to_owned(), purpose :
            alloc::vec!["Releasing helps you let go of the pain you take on from others."
            .to_owned(), "Exercise may help your body let go of adrenaline and stress."
            .to_owned(),], how :
            alloc::vec!["Do exercise that makes your heart and breathing speed up, and do it regularly."
            .to_owned(), "Any kind you enjoy will help.".to_owned(),], examples :
            alloc::vec!["Running".to_owned(), "Singing".to_owned(), "Online workouts"
            .to_owned(), "Dancing in your living room".to_owned(),] }, crate ::Practice {
            id : crate ::Id::baked("recharge"), kind : crate ::PracticeKind::Recharge,
            title : "Recharge".to_owned(), purpose :
            alloc::vec!["Recharging renews your connection to life.".to_owned(),
            "It may help your body make more of the chemicals that help you feel good."
            .to_owned(),], how :
            alloc::vec!["Spend time on things that bring you joy and connection."
            .to_owned(),], examples :
            alloc::vec!["Keeping in touch with friends and loved ones online".to_owned(),
            "Spending time with pets".to_owned(), "Playing at home".to_owned(),
            "Being out in nature".to_owned(), "Having fun".to_owned(), "Being creative"
            .to_owned(), "Spiritual activities at home".to_owned(),] },
        ],
        support: alloc::vec![
            crate ::SupportRoute { id : crate ::Id::baked("trusted-person"), title :
            "Someone you trust".to_owned(), description :
            alloc::vec!["Talk to a person you trust who may be able to support you."
            .to_owned(), "Tell them how supporting others has been affecting you."
            .to_owned(),], contacts : alloc::vec![] }, crate ::SupportRoute { id : crate
            ::Id::baked("line-manager"), title : "Your line manager".to_owned(),
            description : alloc::vec!["Talk to your line manager too.".to_owned(),
            "Let them know how your work is affecting you.".to_owned(),], contacts :
            alloc::vec![] }, crate ::SupportRoute { id : crate
            ::Id::baked("support-lines"), title : "Support lines".to_owned(), description
            :
            alloc::vec!["A support line may be able to help you, if that feels right for you."
            .to_owned(),], contacts : alloc::vec![] },
        ],
        advice: crate::Advice {
            signs_recognised: crate::SignsRecognised {
                message: alloc::vec![
                    "If you notice one or more of these signs in yourself, talk to someone you trust."
                    .to_owned(), "Choose a person who may be able to support you."
                    .to_owned(), "It is also a good idea to talk to your line manager."
                    .to_owned(),
                ],
                speak_to: alloc::vec![
                    crate ::Id::baked("trusted-person"), crate
                    ::Id::baked("line-manager"),
                ],
            },
            other_signs: alloc::vec![
                "These are only some of the signs of VT.".to_owned(),
                "If you notice other changes in how you feel, the same advice applies."
                .to_owned(),
            ],
            prevention: alloc::vec![
                "Knowing the signs of VT helps you spot them early.".to_owned(),
                "Regular self-care helps you cope better.".to_owned(),
                "Together, these lower your risk of VT.".to_owned(),
            ],
            self_care: alloc::vec![
                "Try these actions regularly. They can make a big difference."
                .to_owned(),
                "They help you build resilience, so that VT is less likely to start. They also help you recover if it does."
                .to_owned(),
            ],
            practices: alloc::vec![
                "These three practices may help your body make more of its feel-good chemicals and clear out stress chemicals."
                .to_owned(),
                "They help you ground yourself, release stress and recharge your energy."
                .to_owned(),
            ],
            recovery_and_burnout: alloc::vec![
                "There is good news. What helps you recover from VT also helps to prevent burnout or to ease it."
                .to_owned(),
            ],
        },
        labels: Some(crate::Labels {
            contents: "Contents".to_owned(),
            disclaimer: "Please note".to_owned(),
            urgent_help: "Urgent help".to_owned(),
            what_it_is: "What it is".to_owned(),
            also_known_as: "Also known as".to_owned(),
            how_it_happens: "How it happens".to_owned(),
            who_can_be_affected: "Who can be affected".to_owned(),
            burnout: "How it differs from burnout".to_owned(),
            burnout_overlap: "How they overlap".to_owned(),
            signs: "Signs to look out for".to_owned(),
            signs_recognised: "If you recognise these signs".to_owned(),
            speak_to: "Speak to".to_owned(),
            prevention: "Lowering your risk".to_owned(),
            self_care: "Looking after yourself".to_owned(),
            practices: "Ground, release and recharge".to_owned(),
            things_to_try: "Things to try".to_owned(),
            support: "Where to turn for support".to_owned(),
            about_this_content: "About this content".to_owned(),
            source: "Source:".to_owned(),
            open_quote: "“".to_owned(),
            close_quote: "”".to_owned(),
            content_version: "Content version:".to_owned(),
            last_reviewed: "Last reviewed:".to_owned(),
            draft_notice: "not yet reviewed".to_owned(),
            next_review_due: "Next review due:".to_owned(),
            guidance_title: "Guidance for the signs you recognise".to_owned(),
            recognised_signs: "Signs you recognise".to_owned(),
            related_ideas: "Related ideas".to_owned(),
            call: "Call".to_owned(),
            text_message: "Text {keyword} to {number}".to_owned(),
            website: "Website:".to_owned(),
            always_open: "Any time, day or night".to_owned(),
            every_day: "Every day".to_owned(),
            weekdays: "Monday to Friday".to_owned(),
            weekends: "Saturday and Sunday".to_owned(),
            opening_times: "{opens} to {closes}".to_owned(),
            free: "Free".to_owned(),
            standard_rate: "Standard rate".to_owned(),
            added_by_editors: "Added by the editors of this guide".to_owned(),
            reviewed_by: "Reviewed by:".to_owned(),
            licence: "Reuse terms:".to_owned(),
        }),
        translation: None,
    }
}
