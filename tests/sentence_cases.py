"""The sentence table: what claimcheck must say about single sentences on the MASH trial.

This table is the specification of the engine's verdicts (issues 2 and 3), written against the
published record (`data/trial_facts.json`) and the labelling guide, not against what the code
does today. `tests/test_sentences.py` checks each sentence inside a short article about the trial.

A case is `(sentence, expected)`: `expected` lists one `(verdict, fact_id, reason_code)` per claim
in the sentence, in order of position (by the claim's start offset); `[]` means the sentence must
get no finding at all.

Conventions the table follows (where the record or the guide leaves a choice to the engine):

- One claim per fact-bearing phrase. A list of site names is one claim; a count whose verb is
  "randomised" is one enrolment claim (no separate design claim); "randomly assigned to hip- or
  spine-focused therapy" is one design claim. Arm names in a result sentence raise no comparator
  claim; a comparator phrase the record rejects ("usual care", "the standard physical therapy
  group") is always its own, contradicted, comparator claim.
- A timepoint in a result sentence belongs to the result claim (it raises no duration or
  assessment claim) and applies to every result claim in the sentence. A result with no timepoint
  is the primary 8-week result; chair rise with no timepoint is the 6-month result.
- A result claim with no outcome named ("greater improvements", "both groups improved", generic
  hype or certainty) is judged against the primary result, `result.disability.8wk`.
- "No difference on any measure" / "better on every measure" is judged against each result fact
  at that timepoint in the file's order; the fact reported is the first that conflicts.
- Hedged correct results are supported; a hedge does not rescue a wrong direction.
- A claim with a wrong value or direction is contradicted even when it is also inflated. When one
  claim carries several inflations, its reason is the first of them in `report.REASON_CODES`
  (population-generalised, outcome-substituted, timepoint-stretched, certainty-inflated,
  magnitude-inflated, hype) and its fact goes with that reason: population.condition for a
  generalisation, result.pain for pain put in place of disability, the 6-month fact for a
  stretched timepoint, otherwise the outcome's fact.
- "Significantly" is certainty-inflated (a claim of statistical certainty the record does not
  make); "dramatic", "markedly", "huge", "far superior", "outperformed", "better results" are
  magnitude-inflated; "proved", "demonstrates", "confirms", "cure", "fixes", "eliminates" are
  certainty-inflated.
- Describing who was enrolled ("participants aged 60 to 85") is judged as a population claim; an
  age with an open upper end that starts at 60 ("60+") agrees with the record. Applying the result
  to older adults or people with back pain in general is population-generalised.
- Not about this trial, so no finding: other studies, the writer's own practice, background,
  advice without a universal claim, questions, and statements reported in order to refute them
  (the refuting clause still gets its own finding when it states a checkable fact).
"""

from __future__ import annotations

Claim = tuple[str, str, str | None]
Case = tuple[str, list[Claim]]


def s(fact: str) -> Claim:
    """A supported claim."""
    return ("supported", fact, None)


def c(fact: str) -> Claim:
    """A contradicted claim."""
    return ("contradicted", fact, None)


def u(fact: str) -> Claim:
    """An unverifiable claim."""
    return ("unverifiable", fact, None)


def o(fact: str, reason: str) -> Claim:
    """An overstated claim, with its reason code."""
    return ("overstated", fact, reason)


# Reason codes, short.
PG = "population-generalised"
OS = "outcome-substituted"
TS = "timepoint-stretched"
CI = "certainty-inflated"
MI = "magnitude-inflated"
HY = "hype"

# Fact ids used often.
D8 = "result.disability.8wk"
D6 = "result.disability.6mo"
G8 = "result.gait_speed.8wk"
G6 = "result.gait_speed.6mo"
E8 = "result.endurance.8wk"
E6 = "result.endurance.6mo"
CR8 = "result.chair_rise.8wk"
CR6 = "result.chair_rise.6mo"
DR = "result.disability.responders"
GR = "result.gait_speed.responders"
COND = "population.condition"


# ---------------------------------------------------------------------------------------------
# Issue 2: who was studied and how the trial was run.
# ---------------------------------------------------------------------------------------------

CORE: dict[str, list[Case]] = {
    # Name and registration.
    "identity": [
        ("MASH stands for Manual Therapy and Strengthening for the Hip.", [s("identity.acronym")]),
        ("The name MASH is short for Manual Therapy and Strengthening for the Hip.",
         [s("identity.acronym")]),
        ("MASH stands for Mobility and Spine Health.", [c("identity.acronym")]),
        ("The name MASH comes from Muscle And Strength for Hips.", [c("identity.acronym")]),
        ("The trial is registered on ClinicalTrials.gov as NCT04009837.", [s("registration.nct")]),
        ("Its registry number is NCT04009873.", [c("registration.nct")]),
        ("The study can be looked up under the identifier NCT03801234.", [c("registration.nct")]),
    ],
    # Funder and grant.
    "funding": [
        ("The National Institute on Aging funded the trial.", [s("funding.funder")]),
        ("Money for the study came from the NIH.", [s("funding.funder")]),
        ("The Arthritis Foundation paid for the study.", [c("funding.funder")]),
        ("The research was funded by the American Physical Therapy Association.",
         [c("funding.funder")]),
        ("The work was supported by grant R01AG041202.", [s("funding.grant")]),
        ("Its grant number is R01AG041220.", [c("funding.grant")]),
    ],
    # Journal, date and identifiers of the report.
    "publication": [
        ("The results appeared in The Lancet Rheumatology.", [s("publication.journal")]),
        ("The findings were published in JAMA Internal Medicine.", [c("publication.journal")]),
        ("The report ran in the New England Journal of Medicine.", [c("publication.journal")]),
        ("The paper came out in January 2024.", [s("publication.date")]),
        ("The paper was published in 2021.", [c("publication.date")]),
        # The press release came out in December 2023: the record cannot rule 2023 out.
        ("The paper was published in 2023.", [u("publication.date")]),
        ("The report's DOI is 10.1016/S2665-9913(23)00267-9.", [s("publication.doi")]),
        ("The report's DOI is 10.1016/S2665-9913(23)00276-1.", [c("publication.doi")]),
        ("PubMed lists the report as PMID 38258673.", [s("publication.pmid")]),
        ("PubMed lists the report as PMID 38528763.", [c("publication.pmid")]),
    ],
    # Randomisation, masking, centres, phase.
    "design": [
        ("It was a randomised controlled trial.", [s("design.randomised")]),
        ("Participants were randomly assigned to hip-focused or spine-focused physical therapy.",
         [s("design.randomised")]),
        ("Volunteers were allocated at random to one of the two programmes.",
         [s("design.randomised")]),
        ("It was an observational study.", [c("design.randomised")]),
        ("Patients chose which therapy they wanted.", [c("design.randomised")]),
        ("The trial was single-masked.", [s("design.masking")]),
        ("The assessors who measured outcomes did not know who had received which therapy.",
         [s("design.masking")]),
        ("It was a double-blind trial.", [c("design.masking")]),
        ("The trial was unblinded.", [c("design.masking")]),
        ("It was a double-blind, randomised controlled trial.",
         [c("design.masking"), s("design.randomised")]),
        ("It was a multicentre trial.", [s("design.centres")]),
        ("The study was run at a single site.", [c("design.centres")]),
        ("The protocol describes it as a phase II trial.", [s("design.phase")]),
        ("It was a phase III trial.", [c("design.phase")]),
    ],
    # What the hip-focused arm was compared with.
    "comparator": [
        ("Hip-focused therapy was compared with an active, spine-focused programme.",
         [s("design.comparator")]),
        ("The comparison group received spine-focused physical therapy rather than usual care.",
         [s("design.comparator")]),
        ("The control group did not get usual care but a structured spine-focused programme.",
         [s("design.comparator")]),
        ("Hip-focused therapy was compared with standard physical therapy.",
         [c("design.comparator")]),
        ("The comparison group received usual care.", [c("design.comparator")]),
        ("The other half of the volunteers were put on a waiting list.", [c("design.comparator")]),
        ("People in the control group received no therapy.", [c("design.comparator")]),
        ("The hip programme was tested against a placebo treatment.", [c("design.comparator")]),
        ("One group trained their hips with a therapist, and the other concentrated on the spine.",
         [s("design.comparator")]),
        ("Volunteers were split into a hip-focused group and a back-focused group.",
         [s("design.comparator")]),
        ("One arm's sessions targeted the hip; the other arm's therapy was aimed mainly at the spine.",
         [s("design.comparator")]),
        ("The spine programme was not doing nothing: it was a structured spine programme.",
         [s("design.comparator")]),
    ],
    # How many sites, and which.
    "sites": [
        ("The study at Harvard and Duke enrolled people over 60.",
         [c("sites.names"), s("sites.names"), s("population.age")]),
        ("The trial ran at three sites.", [s("sites.count")]),
        ("Three universities took part in the trial.", [s("sites.count")]),
        ("The study was carried out at four sites.", [c("sites.count")]),
        ("Two universities ran the study.", [c("sites.count")]),
        # each named place is its own finding: a list can be part right
        ("The sites were the University of Delaware, the University of Pittsburgh and Duke "
         "University.", [s("sites.names")] * 3),
        ("Researchers at Duke, Pittsburgh and Delaware ran the study.", [s("sites.names")]),
        ("The trial was run at the University of Delaware and Johns Hopkins University.",
         [s("sites.names"), c("sites.names")]),
        ("Patients were treated at the University of Michigan.", [c("sites.names")]),
        ("The trial ran at three sites: the University of Delaware, the University of Pittsburgh "
         "and Duke University.", [s("sites.count"), s("sites.names"), s("sites.names"), s("sites.names")]),
        ("It ran at four universities, including Duke and the University of Pittsburgh.",
         [c("sites.count"), s("sites.names"), s("sites.names")]),
    ],
    # When participants were enrolled.
    "dates": [
        ("Enrolment ran from November 2019 to April 2022.", [s("dates.enrolment")]),
        ("Participants were recruited between 2019 and 2022.", [s("dates.enrolment")]),
        ("Recruitment took place between 2015 and 2017.", [c("dates.enrolment")]),
        ("Volunteers were enrolled in 2012.", [c("dates.enrolment")]),
    ],
    # Who was eligible: ages, condition, how long the back pain had lasted.
    "population": [
        ("Participants were aged 60 to 85.", [s("population.age")]),
        ("The volunteers were sixty to eighty-five years old.", [s("population.age")]),
        ("All participants were between 60 and 85 years of age.", [s("population.age")]),
        ("It enrolled adults aged 60+.", [s("population.age")]),
        ("The trial recruited people aged 60-85.", [s("population.age")]),
        ("Participants were aged 65 and above.", [c("population.age")]),
        ("The trial enrolled adults over 50.", [c("population.age")]),
        ("Participants were aged 70 to 90.", [c("population.age")]),
        ("Only people over 65 could take part.", [c("population.age")]),
        ("The volunteers were sixty-five to ninety years old.", [c("population.age")]),
        ("Participants had chronic low back pain as well as hip pain and hip weakness.",
         [s(COND)]),
        ("Everyone in the trial had back pain plus hip pain and weak hips.", [s(COND)]),
        ("Participants had back pain but no hip problems.", [c(COND)]),
        ("People with hip pain were excluded from the trial.", [c(COND)]),
        ("To qualify, participants needed back pain for at least six months.",
         [s("population.pain_history")]),
        ("Their back pain had lasted at least three months.", [s("population.pain_history")]),
        ("Participants had had back pain for at least two years.",
         [c("population.pain_history")]),
        ("Only people whose back pain had lasted a year or more were eligible.",
         [c("population.pain_history")]),
        ("The volunteers had back pain that had nagged at them for years and a hip that was both "
         "painful and weak.", [s(COND)]),
        ("Everyone enrolled had persistent low back pain, along with pain and weakness in one or "
         "both hips.", [s(COND)]),
        ("The trial took people aged 60 to 85 with long-term back pain and hip weakness.",
         [s("population.age"), s(COND)]),
        ("The researchers think weak hips make the lower back overwork.", [u("result.mechanism")]),
    ],
    # Planned, randomised and per-arm numbers.
    "enrolment": [
        ("The trial included 184 participants.", [s("enrolment.randomised")]),
        ("One hundred eighty-four older adults took part.", [s("enrolment.randomised")]),
        ("A total of 184 people were randomised.", [s("enrolment.randomised")]),
        ("The trial included 200 participants.", [c("enrolment.randomised")]),
        ("180 participants were randomised.", [c("enrolment.randomised")]),
        ("The study involved one hundred fifty older adults.", [c("enrolment.randomised")]),
        ("The researchers planned to recruit 180 people.", [s("enrolment.planned")]),
        ("The protocol aimed for 250 participants.", [c("enrolment.planned")]),
        ("The team planned for 180 participants and ended up randomising 184.",
         [s("enrolment.planned"), s("enrolment.randomised")]),
        ("91 people were assigned to hip-focused therapy and 93 to spine-focused therapy.",
         [s("enrolment.hip_arm"), s("enrolment.spine_arm")]),
        ("Ninety-three were allocated to the spine group and ninety-one to the hip group.",
         [s("enrolment.spine_arm"), s("enrolment.hip_arm")]),
        ("The hip group had 93 members and the spine group 91.",
         [c("enrolment.hip_arm"), c("enrolment.spine_arm")]),
        ("The hip group had 100 participants.", [c("enrolment.hip_arm")]),
        ("The spine group had 84 participants.", [c("enrolment.spine_arm")]),
    ],
    # Duration, frequency, session length and number of sessions; assessment times.
    "schedule": [
        ("The programme lasted 8 weeks.", [s("intervention.duration")]),
        ("Both groups completed an eight-week programme.", [s("intervention.duration")]),
        ("Therapy was delivered over a two-month period.", [s("intervention.duration")]),
        ("Treatment lasted 12 weeks.", [c("intervention.duration")]),
        ("It was a six-week programme.", [c("intervention.duration")]),
        ("Participants received three months of therapy.", [c("intervention.duration")]),
        ("Sessions were held twice a week.", [s("intervention.frequency")]),
        ("Participants attended 2x per week.", [s("intervention.frequency")]),
        ("Therapists saw each participant two times per week.", [s("intervention.frequency")]),
        ("Sessions took place three times a week.", [c("intervention.frequency")]),
        ("Participants came in once a week.", [c("intervention.frequency")]),
        ("Each session lasted one hour.", [s("intervention.session_length")]),
        ("Participants had one-hour sessions with a physical therapist.",
         [s("intervention.session_length")]),
        ("Each visit was a 60-minute session.", [s("intervention.session_length")]),
        ("Sessions lasted 30 minutes.", [c("intervention.session_length")]),
        ("Each visit took about 45 minutes.", [c("intervention.session_length")]),
        ("Participants could attend up to 16 sessions.", [s("intervention.sessions")]),
        ("Each participant was offered sixteen sessions in total.", [s("intervention.sessions")]),
        ("Participants attended 24 sessions.", [c("intervention.sessions")]),
        ("Participants attended twice a week for eight weeks.",
         [s("intervention.frequency"), s("intervention.duration")]),
        ("They went three times a week for 12 weeks.",
         [c("intervention.frequency"), c("intervention.duration")]),
        ("The one-hour sessions took place twice a week, up to 16 sessions in all.",
         [s("intervention.session_length"), s("intervention.frequency"),
          s("intervention.sessions")]),
        ("Outcomes were measured at eight weeks and again at six months.",
         [s("outcomes.timepoints")]),
        ("Participants were followed up for two years.", [c("outcomes.timepoints")]),
    ],
    # What each arm received.
    "components": [
        ("The hip group received manual therapy and hip strengthening exercises.",
         [s("intervention.hip_components")]),
        ("The hip group received no manual therapy.", [c("intervention.hip_components")]),
        ("The spine group received spinal mobilisation, massage and stationary cycling.",
         [s("intervention.spine_components")]),
        ("The spine group also did hip strengthening.", [c("intervention.spine_components")]),
    ],
    # Who delivered the programmes, and which outcomes were primary.
    "delivery-and-outcomes": [
        ("Sessions were delivered by licensed physical therapists.", [s("intervention.delivery")]),
        ("Participants also kept a home exercise log.", [s("intervention.delivery")]),
        ("The sessions were run by personal trainers.", [c("intervention.delivery")]),
        ("The trial's primary outcomes were disability and gait speed.", [s("outcomes.primary")]),
        ("The primary outcome of the trial was pain intensity.", [c("outcomes.primary")]),
        ("The trial's protocol was published in Physical Therapy in 2022.", [s("publication.protocol")]),
        ("The trial's protocol was published in the Journal of Pain.", [c("publication.protocol")]),
    ],
    "plain-wording": [
        ("All were between 60 and 85 years old.", [s("population.age")]),
        ("They were 60 to 85.", [s("population.age")]),
        ("They were 65 to 90.", [c("population.age")]),
        ("They were 20 to 30 metres further along by the end.", []),
        ("Adults from 60 up to 85 could take part.", [s("population.age")]),
        ("The lower age limit was sixty.", [s("population.age")]),
        ("It only took people from 60 upward.", [s("population.age")]),
        ("Both groups saw licensed physical therapists for one-hour sessions, two a week, for eight weeks.",
         [s("intervention.delivery"), s("intervention.session_length"), s("intervention.frequency"), s("intervention.duration")]),
        ("Sessions ran twice a week for eight weeks, each lasting about an hour.",
         [s("intervention.session_length"), s("intervention.frequency"), s("intervention.duration")]),
        ("Sessions ran twice a week for eight weeks, each lasting 90 minutes.",
         [s("intervention.frequency"), s("intervention.duration"), c("intervention.session_length")]),
        ("Visits were twice per wk, 60 min each.", [s("intervention.frequency"), s("intervention.session_length")]),
        ("The assessors who did the testing were blinded.", [s("design.masking")]),
        ("The people scoring the outcome tests didn't know who had which.", [s("design.masking")]),
        ("Patients and therapists were not blinded, as is usual in physiotherapy trials.", [s("design.masking")]),
        ("The trial was not blinded.", [c("design.masking")]),
        ("Modest difference in favour of the hip group.", [s(D8)]),
        ("The trial found real but modest benefits for a specific group of older adults.", [s(D8)]),
        ("The hip group had more improvement in how well they coped with stairs.", [u(D8)]),
        ("Secondary outcomes included the six-minute walk test, the 30-second chair stand, the Timed Up and Go "
         "test and pain intensity.", [s("outcomes.secondary")]),
        ("Pain intensity was measured only as a secondary outcome, and hip patients' pain ratings fell by about 30%.",
         [s("outcomes.secondary"), u("result.pain_scores")]),
        ("The trial had no secondary outcomes.", [c("outcomes.secondary")]),
        ("It also never tested whether stronger hips explain the improvement.", [s("result.mechanism")]),
        ("The trial did not report any analysis linking hip strength gains to the disability result.", [s("result.mechanism")]),
        ("Stronger hips explain the improvement, the trial found.", [u("result.mechanism")]),
    ],
}


# ---------------------------------------------------------------------------------------------
# Issue 3: what the trial found, and how strongly it is said.
# ---------------------------------------------------------------------------------------------

RESULTS: dict[str, list[Case]] = {
    # Disability at the end of treatment (the primary result: a modest edge for hip).
    "disability-8wk": [
        ("Hip-focused therapy led to a greater reduction in disability than spine-focused "
         "therapy.", [s(D8)]),
        ("At eight weeks, the hip group reported less disability than the spine group.", [s(D8)]),
        ("Right after treatment, people in the hip group found daily tasks a little easier than "
         "those in the spine group.", [s(D8)]),
        ("Hip therapy gave a greater reduction in disability right after the 8-week programme.",
         [s(D8)]),
        ("There was a modest difference in back pain-related disability favouring the hip "
         "group.", [s(D8)]),
        ("The spine group fared slightly worse on disability than the hip group at the end of "
         "treatment.", [s(D8)]),
        ("The hip group's function improved a bit more than the spine group's at eight weeks.",
         [s(D8)]),
        ("The hip group edged ahead on everyday activities at eight weeks.", [s(D8)]),
        ("The hip group led on disability at the end of treatment.", [s(D8)]),
        ("Spine-focused therapy did better than hip-focused therapy on disability.", [c(D8)]),
        ("There was no difference in disability between the two groups.", [c(D8)]),
        ("At eight weeks, the spine group had less disability than the hip group.", [c(D8)]),
        ("At the end of the programme the two groups were level on disability.", [c(D8)]),
        ("The hip group did not report less disability than the spine group at eight weeks.",
         [c(D8)]),
        ("The hip group's edge on disability was modest.", [s(D8)]),
        ("The differences between the groups were no more than modest.", [s(D8)]),
        ("Hip patients had a modest, short-lived advantage in disability.", [s(D8)]),
        ("A modest gait-speed advantage went to the hip group.", [c(G8)]),
    ],
    # Disability at six months: no difference; "lasting" and "long-term" stretch the result.
    "disability-6mo": [
        ("At six months there was no difference in disability between the groups.", [s(D6)]),
        ("By six months, the spine group had caught up on disability.", [s(D6)]),
        ("The advantage in disability had faded by the six-month follow-up.", [s(D6)]),
        ("Six months later, the two groups reported similar levels of disability.", [s(D6)]),
        ("Neither group pulled ahead on disability at six months.", [s(D6)]),
        ("At six months the hip group still had less disability than the spine group.", [c(D6)]),
        ("The disability advantage was still there at six months.", [c(D6)]),
        ("The benefits lasted a year.", [c(D6)]),
        ("The hip group's edge in daily function held for a full year.", [c(D6)]),
        ("Half a year on, the hip group remained ahead on disability.", [c(D6)]),
        ("The disability benefit was long-term.", [o(D6, TS)]),
        ("Hip therapy offers lasting improvements in daily function.", [o(D6, TS)]),
        ("The gains in function were permanent.", [o(D6, TS)]),
        ("The reduction in disability was sustained.", [o(D6, TS)]),
        ("Hip-focused therapy permanently reduced disability.", [o(D6, TS)]),
        ("The hip group's lower disability scores lasted.", [o(D6, TS)]),
    ],
    # Gait speed at 8 weeks: both improved, no difference between groups.
    "gait-speed-8wk": [
        ("Both groups walked faster after treatment.", [s(G8)]),
        ("Walking speed improved in both groups, with no difference between them.", [s(G8)]),
        ("The hip group did not walk faster than the spine group.", [s(G8)]),
        ("Neither group walked faster than the other.", [s(G8)]),
        ("Gait speed rose by a similar amount in the two groups.", [s(G8)]),
        ("The spine group walked just as fast as the hip group at eight weeks.", [s(G8)]),
        ("The hip group walked faster after treatment than before.", [s(G8)]),
        ("Participants in both groups sped up by the end of treatment.", [s(G8)]),
        ("On the 10-metre walk test, the groups ended up level.", [s(G8)]),
        ("The hip group walked faster than the spine group.", [c(G8)]),
        ("Hip therapy improved walking speed more than spine therapy.", [c(G8)]),
        ("Walking speed did not improve in either group.", [c(G8)]),
        ("The spine group walked more slowly than the hip group at the end of treatment.",
         [c(G8)]),
        ("The spine group walked faster than the hip group.", [c(G8)]),
        ("The hip group pulled ahead on gait speed.", [c(G8)]),
        ("Hip-focused therapy may improve walking speed more than spine-focused therapy.",
         [c(G8)]),
    ],
    # Gait speed at six months: still no difference.
    "gait-speed-6mo": [
        ("At six months, both groups walked at about the same speed.", [s(G6)]),
        ("Walking speed was still similar in the two groups six months later.", [s(G6)]),
        ("Neither group pulled ahead on walking speed at six months.", [s(G6)]),
        ("At six months the hip group was walking faster than the spine group.", [c(G6)]),
        ("By the six-month follow-up, the hip group had overtaken the spine group on walking "
         "speed.", [c(G6)]),
    ],
    # Walking endurance (6-minute walk): hip better at 8 weeks and at 6 months.
    "endurance": [
        ("At eight weeks, the hip group walked farther in the six-minute walk test.", [s(E8)]),
        ("The hip group covered more ground on the six-minute walk than the spine group.",
         [s(E8)]),
        ("At six months, the hip group was still walking farther than the spine group.", [s(E6)]),
        ("The hip group's edge on the 6-minute walk held up at six months.", [s(E6)]),
        ("The groups did not differ on the six-minute walk at eight weeks.", [c(E8)]),
        ("The spine group did better on the six-minute walk test than the hip group.", [c(E8)]),
        ("At six months there was no difference in walking endurance.", [c(E6)]),
        ("By six months, the spine group had caught up on walking endurance.", [c(E6)]),
    ],
    # Chair rise: hip better at 6 months; nothing reported at 8 weeks.
    "chair-rise": [
        ("At six months, the hip group did better on the chair-stand test.", [s(CR6)]),
        ("Six months on, people in the hip group got up from a chair more easily.", [s(CR6)]),
        ("The hip group did better on the sit-to-stand test.", [s(CR6)]),
        ("There was no chair-rise advantage at eight weeks.", [s(CR8)]),
        ("The hip group had a chair-rise advantage at the end of treatment.", [c(CR8)]),
        ("At eight weeks, the hip group already stood up from a chair faster than the spine "
         "group.", [c(CR8)]),
        ("At six months, the two groups did equally well on the chair-stand test.", [c(CR6)]),
        ("The spine group did better at getting up from a chair at six months.", [c(CR6)]),
    ],
    # Claims about all outcomes at once, and several outcomes in one sentence.
    "several-outcomes": [
        ("There were no differences on any measure at six months.", [c(E6)]),
        ("By six months, the groups were the same on every outcome.", [c(E6)]),
        ("The hip group did better on every measure.", [c(G8)]),
        ("At six months the groups differed on chair rise and walking endurance but not on "
         "disability.", [s(CR6), s(E6), s(D6)]),
        ("Hip therapy did not improve walking speed more than spine therapy, nor did it help "
         "people walk farther.", [s(G8), c(E8)]),
        ("At six months the hip group was not ahead on disability, nor on walking speed.",
         [s(D6), s(G6)]),
    ],
    # Within-group change against between-group difference.
    "within-group": [
        ("Both groups improved.", [s(D8)]),
        ("Both treatments brought clinically meaningful improvements in disability.", [s(D8)]),
        ("Patients in both arms found daily tasks easier after the programme.", [s(D8)]),
        ("The spine group did not improve.", [c(D8)]),
        ("Only the hip group got better.", [c(D8)]),
        ("Disability scores did not change in the spine group.", [c(D8)]),
        ("The spine group improved, but not as much.", [o(D8, MI)]),
        ("The spine group got better too, though less than the hip group.", [o(D8, MI)]),
    ],
    # Responder analyses: disability halved 46% hip vs 33% spine; gait gain 53% hip vs 60% spine.
    "responders": [
        ("46% of the hip group and 33% of the spine group cut their disability score by at least "
         "half.", [s(DR), s(DR)]),
        ("Nearly half of the hip group, against a third of the spine group, halved their "
         "disability scores.", [s(DR), s(DR)]),
        ("Forty-six percent of hip patients and thirty-three percent of spine patients reduced "
         "their disability by 50% or more.", [s(DR), s(DR)]),
        ("In the spine group 33% halved their disability score, compared with 46% in the hip "
         "group.", [s(DR), s(DR)]),
        ("About a third of the spine group halved their disability score.", [s(DR)]),
        ("64% of the hip group halved their disability score.", [c(DR)]),
        ("46% of the spine group and 33% of the hip group halved their disability.", [c(DR), c(DR)]),
        ("Hip therapy doubles the chance of halving your disability.", [c(DR)]),
        ("Twice as many people in the hip group as in the spine group halved their disability "
         "scores.", [c(DR)]),
        ("Sixty percent of the spine group and fifty-three percent of the hip group made a "
         "substantial gain in walking speed.", [s(GR), s(GR)]),
        ("53% of hip patients and 60% of spine patients had a substantial improvement in gait "
         "speed.", [s(GR), s(GR)]),
        ("A larger share of the spine group than of the hip group made a big gain in walking "
         "speed.", [s(GR)]),
        ("60% of the hip group and 53% of the spine group had a substantial gain in gait speed.",
         [c(GR), c(GR)]),
        ("More hip patients than spine patients had a substantial improvement in walking speed.",
         [c(GR)]),
        ("Seventy percent of the hip group walked substantially faster after treatment.",
         [c(GR)]),
    ],
    # Pain put in place of disability; pain-related disability is not pain.
    "pain": [
        ("Hip therapy reduced back pain more than spine therapy.", [o("result.pain", OS)]),
        ("The trial found that hip-focused therapy eases low back pain.", [o("result.pain", OS)]),
        ("The hip group reported less back pain at eight weeks.", [o("result.pain", OS)]),
        ("Hip exercises took the pain out of patients' backs.", [o("result.pain", OS)]),
        ("Hip therapy led to a greater reduction in pain-related disability.", [s(D8)]),
        ("Pain scores fell by three points in the hip group.", [u("result.pain_scores")]),
        ("The hip group's pain ratings dropped from 6 to 3 out of 10.",
         [u("result.pain_scores")]),
        ("Average pain intensity was lower in the hip group at eight weeks.",
         [u("result.pain_scores")]),
    ],
    # Size words stronger than "modest".
    "magnitude": [
        ("Hip therapy dramatically reduced disability.", [o(D8, MI)]),
        ("The hip group had markedly less disability at eight weeks.", [o(D8, MI)]),
        ("The results were dramatic.", [o(D8, MI)]),
        ("Hip patients saw huge improvements in daily function.", [o(D8, MI)]),
        ("Hip-focused therapy outperformed spine-focused therapy.", [o(D8, MI)]),
        ("The hip group saw greater improvements.", [o(D8, MI)]),
        ("Hip therapy got better results than spine therapy.", [o(D8, MI)]),
        ("Hip therapy was far superior to spine therapy for disability.", [o(D8, MI)]),
    ],
    # Certainty stronger than the record: significance, proof, cure.
    "certainty": [
        ("Hip-focused therapy significantly reduced disability at eight weeks.", [o(D8, CI)]),
        ("The trial proved that hip therapy works.", [o(D8, CI)]),
        ("The study demonstrates the effectiveness of hip-focused physical therapy.",
         [o(D8, CI)]),
        ("These results confirm that hip therapy works better than spine therapy.", [o(D8, CI)]),
        ("Hip therapy is a cure for back-related disability.", [o(D8, CI)]),
        ("Hip strengthening fixes problems with everyday tasks.", [o(D8, CI)]),
        ("The findings show hip therapy eliminates disability.", [o(D8, CI)]),
        ("The trial proves that hip therapy helps people walk faster than spine therapy.",
         [c(G8)]),
    ],
    # Hedged statements: right ones stay supported, wrong ones stay contradicted.
    "hedges": [
        ("The findings suggest that hip-focused therapy may reduce disability a little more than "
         "spine-focused therapy.", [s(D8)]),
        ("Hip-focused treatment could help older adults with back and hip pain manage daily "
         "tasks.", [s(D8)]),
        ("The results suggest hip therapy may offer a small edge on disability in the short "
         "term.", [s(D8)]),
        ("Hip therapy may help people walk farther.", [s(E8)]),
        ("It could be that hip therapy helps people walk faster than spine therapy does.",
         [c(G8)]),
    ],
    # Hype stated as fact.
    "hype": [
        ("This breakthrough trial compared two kinds of physical therapy.", [o(D8, HY)]),
        ("The groundbreaking trial tested hip-focused therapy in older adults.", [o(D8, HY)]),
        ("Hip-focused therapy is a revolutionary approach to back problems.", [o(D8, HY)]),
        ("It was the first-ever trial of hip therapy for back pain.", [o(D8, HY)]),
        ("The results are a game-changer for physical therapy.", [o(D8, HY)]),
        ("Hip therapy is a miracle treatment.", [o(D8, HY)]),
        ("This breakthrough trial enrolled 184 older adults.",
         [o(D8, HY), s("enrolment.randomised")]),
        ("The groundbreaking study ran for 12 weeks.", [o(D8, HY), c("intervention.duration")]),
    ],
    # The result applied beyond people with back pain plus hip pain and weakness.
    "generalisation": [
        ("Everyone with back pain should work on strengthening their hips.", [o(COND, PG)]),
        ("Hip strengthening is the key to treating back pain.", [o(COND, PG)]),
        ("Hip-focused therapy works for all older adults with low back pain.", [o(COND, PG)]),
        ("Older adults with back pain should ask for hip therapy instead of spine therapy.",
         [o(COND, PG)]),
        ("Seniors in general can expect less disability from hip exercises.", [o(COND, PG)]),
        ("The trial shows that any older adult with back pain will benefit from hip therapy.",
         [o(COND, PG)]),
        ("Hip-focused therapy reduces disability in older adults with low back pain.",
         [o(COND, PG)]),
    ],
    # Several inflations in one claim: the first reason in REASON_CODES decides.
    "precedence": [
        ("Hip-focused therapy significantly reduced back pain.", [o("result.pain", OS)]),
        ("Hip therapy fixes back pain.", [o("result.pain", OS)]),
        ("Hip therapy can significantly reduce chronic low back pain in all older adults.",
         [o(COND, PG)]),
        ("Hip therapy brings lasting relief from back pain.", [o("result.pain", OS)]),
        ("The trial proved hip therapy gives long-term relief from disability.", [o(D6, TS)]),
        ("The hip programme was a dramatic breakthrough.", [o(D8, MI)]),
    ],
    # Comparator words inside result sentences.
    "comparator-in-results": [
        ("The hip group reported less disability than the standard physical therapy group at "
         "eight weeks.", [s(D8), c("design.comparator")]),
        ("Compared with usual care, hip therapy cut disability dramatically.",
         [c("design.comparator"), o(D8, MI)]),
    ],
    # Mechanisms and correlations: nobody analysed them.
    "mechanism": [
        ("Stronger hips were correlated with less back pain.", [u("result.mechanism")]),
        ("The improvement was explained by better hip mobility.", [u("result.mechanism")]),
        ("Because stronger hips take load off the spine, the hip group's backs hurt less.",
         [u("result.mechanism")]),
        ("Gains in hip strength, which led to less back pain, drove the result.",
         [u("result.mechanism")]),
        ("Improved hip mobility was linked to the drop in disability.", [u("result.mechanism")]),
    ],
    # Topics the record is silent on.
    "silent": [
        ("Hip therapy was cheaper than spine therapy.", [u("silent.costs")]),
        ("Medicare covered the cost of the sessions.", [u("silent.costs")]),
        ("Participants in the hip group enjoyed their sessions more.", [u("silent.satisfaction")]),
        ("Most participants said they were satisfied with their treatment.",
         [u("silent.satisfaction")]),
        ("Few participants dropped out of either group.", [u("silent.satisfaction")]),
        ("The hip group also did yoga.", [u("silent.components")]),
        ("Both programmes included education sessions about back care.",
         [u("silent.components")]),
        ("The spine group received heat packs and ultrasound.", [u("silent.components")]),
        ("The hip group slept better after the programme.", [u("silent.other_outcomes")]),
        ("Hip therapy cut the number of falls.", [u("silent.other_outcomes")]),
        ("The hip group needed fewer painkillers.", [u("silent.other_outcomes")]),
        ("Timed Up and Go times improved more in the hip group.", [u("silent.other_outcomes")]),
        ("Quality of life improved in both groups.", [u("silent.other_outcomes")]),
        ("No one was injured during the therapy sessions.", [u("silent.adverse_events")]),
        ("Side effects were rare in both groups.", [u("silent.adverse_events")]),
        ("The average age of participants was 70.", [u("silent.demographics")]),
        ("About 60% of participants were women.", [u("silent.demographics")]),
        ("The therapists had at least ten years of experience.", [u("silent.demographics")]),
        ("In the trial, women benefited more than men from hip therapy.", [u("silent.subgroups")]),
    ],
    # Claims reported in order to refute them get nothing; the refutation may be a claim.
    "refuted": [
        ("Some posts claimed the trial proved hip therapy cures back pain, but it did not.", []),
        ("One blog said participants were 65 and above, which is wrong.", []),
        ("Reports that the comparison group received usual care are mistaken.", []),
        ("Contrary to some headlines, the study was not a breakthrough.", []),
        ("Some readers took the results to mean everyone with back pain should do hip exercises; "
         "the trial did not show that.", []),
        ("It has been reported that therapy lasted 12 weeks; in fact the programme ran for eight "
         "weeks.", [s("intervention.duration")]),
        ("Despite claims of a breakthrough, the difference in disability was modest.", [s(D8)]),
        ("A viral post said the hip group walked faster, but the trial found no difference in "
         "walking speed.", [s(G8)]),
        ("Our columnist told readers that the trial proved hip exercises cure back pain.", []),
        ("A friend of mine assured me that the spine group had simply been given usual care.", []),
        ("Anyone telling you this trial found lasting relief has not read it.", []),
        ("Please don't turn that into \"hip therapy works for everyone\".", []),
        ("An earlier version of this story said the hip group walked faster than the spine group.",
         []),
        ("The volunteers were not \"anyone over 65\", as the post put it; they were people aged 60 to "
         "85.", [s("population.age")]),
        ("At the talk, someone in the audience asks whether hip therapy would suit everyone over 60.",
         []),
        ("A listener wrote in claiming the study showed hip work fixes back pain for good.", []),
        ("One tabloid headline read \"Hip exercises cure back pain in seniors\".", []),
    ],
    # Other studies: no finding, whatever their numbers.
    "other-studies": [
        ("Previous research averaged ages 37 to 56.", []),
        ("An earlier trial of 84 patients tested core exercises for 12 weeks.", []),
        ("A 2019 study found that yoga reduced back pain by 30%.", []),
        ("Another team is running a double-blind trial of hip injections.", []),
        ("A Danish study of 400 people compared usual care with spinal manipulation.", []),
        ("In a separate cohort study, adults over 65 walked faster after three months of "
         "exercise.", []),
        ("A cross-sectional study of 250 adults over 65 linked back pain to weaker hips.", []),
        ("Next up, a Swedish team presented a 10-week band programme for 212 people aged 55 to 80.",
         []),
    ],
    # The writer's practice, background, advice without a universal claim, questions.
    # The sentence before settles what "that advantage", "they" and "by then" refer to.
    "reference-back": [
        ("The hip group did still cover more ground in a six-minute walking test, an edge it had "
         "already shown at eight weeks, and by then it also did better on a test of repeatedly "
         "standing up from a chair.", [s(E8), s(CR6)]),
        ("The hip group also rose from a chair better by week eight.", [c(CR8)]),
        ("Both groups walked faster after treatment, and the spine group was not left behind on "
         "walking speed at eight weeks or at six months.", [s(G8), s(G8)]),
        ("Both groups were walking faster by the end of treatment, and neither pulled ahead of the "
         "other.", [s(G8)]),
        ("On walking speed, the picture was different.", []),
        ("Both groups walked faster, but the hip group improved more.", [s(G8), c(G8)]),
        ("The hip group did better on the six-minute walk and, by the end of the eight weeks, on the "
         "chair-stand test too.", [s(E8), c(CR8)]),
        ("The hip group still had less disability a year later, which is why clinics got excited.",
         [c(D6), u("result.mechanism")]),
        ("The hip group's benefits lasted for years.", [c(D6)]),
        ("The trial did not show the disability advantage lasting beyond 8 weeks.", [s(D6)]),
        ("Hip patients reported about 30% less pain than spine patients.", [u("result.pain")]),
        ("Hip therapy is clearly the better choice for anyone over 60 whose back hurts.",
         [o(COND, "population-generalised")]),
        ("Put simply, the hip group got better results.", [o(D8, "magnitude-inflated")]),
        ("The headline result was a modest disability edge for the hip group at eight weeks, which "
         "had disappeared by six months.", [s(D8), s(D6)]),
        ("Hip therapy gave lower disability scores at 8 weeks, an advantage that was gone by six "
         "months.", [s(D8), s(D6)]),
        ("The disability edge faded.", [s(D6)]),
        ("Quick background for anyone new: MASH compared two 8-week physical therapy programmes.",
         [s("intervention.duration")]),
        ("The hip group had greater improvements in balance.", [u(D8)]),
        ("PROMIS physical function also improved more in the hip arm.", [u("silent.other_outcomes")]),
    ],
    # Several claims in one sentence: each share, each named place, each arm size on its own.
    "one-finding-each": [
        ("64% of the hip group cut their disability in half vs only 33% of the spine group.",
         [c(DR), s(DR)]),
        ("46 percent of the hip group cut their disability score by at least half, compared with 33 "
         "percent of the spine group, which means hip patients were twice as likely to respond.",
         [s(DR), s(DR), c(DR)]),
        ("In fact, a slightly larger share of the spine group, 60 per cent against 53 per cent, made "
         "a substantial gain in speed.", [s(GR), s(GR)]),
        ("The spine group had more people with a big jump in walking speed, 60% vs 53%.",
         [s(GR), s(GR)]),
        ("On gait speed it was the spine group with more big improvers.", [s(GR)]),
        ("Nearly half of hip patients halved their disability, compared with one in three in the "
         "spine group.", [s(DR), s(DR)]),
        ("It was run from the University of Delaware, with two other universities involved.",
         [s("sites.names"), s("sites.count")]),
        ("It ran at the University of Delaware, the University of Michigan and Duke University.",
         [s("sites.names"), c("sites.names"), s("sites.names")]),
        ("184 people took part, split almost evenly: 91 hip, 93 spine.",
         [s("enrolment.randomised"), s("enrolment.hip_arm"), s("enrolment.spine_arm")]),
        ("Ninety-one people got therapy aimed at the hip, and ninety-three got therapy aimed at the "
         "spine.", [s("enrolment.hip_arm"), s("enrolment.spine_arm")]),
        ("There were 184 of them, randomised into two groups of 90 and 94.",
         [s("enrolment.randomised"), s("design.randomised"), c("enrolment.hip_arm")]),
        ("There were 200 of them in total.", []),
        ("The spine group did not get any hip treatment.", [s("intervention.spine_components")]),
        ("The other group got spinal mobilisation, with no treatment of the hips.", [s("intervention.spine_components")]),
        ("The spine programme wasn't a sham.", [s("design.comparator")]),
        ("Nobody was left untreated.", [s("design.comparator")]),
        ("The control group was left untreated.", [c("design.comparator")]),
        ("Therapy aimed at the hips helped more than therapy aimed at the spine, at least in the short term.", [s(D8)]),
        ("It was 184, I think, split almost evenly between the two arms.", [s("enrolment.randomised")]),
        ("It was a mid-stage trial, not the final word.", [s("design.phase")]),
        ("It was a late-stage trial.", [c("design.phase")]),
        ("A trial published in early 2024 has got our physical therapists talking.", [s("publication.date")]),
        ("The study, a landmark in rehabilitation research, was published in 2024.",
         [o("result.disability.8wk", "hype"), s("publication.date")]),
        ("A landmark study from 1990 showed that bed rest made back pain worse.", []),
        ("Our new class is based on a landmark study published in The Lancet Rheumatology.",
         [o("result.disability.8wk", "hype"), s("publication.journal")]),
        ("This is the most important back pain trial of the decade.", [o("result.disability.8wk", "hype")]),
        ("Half of them received twelve weeks of hands-on hip work and strengthening.",
         [c("intervention.duration"), s("intervention.hip_components")]),
        ("Everyone was aged 55 or over.", [c("population.age")]),
        ("Most had lived with back pain for more than ten years before joining.",
         [u("population.pain_history")]),
    ],
    "not-claims": [
        ("In those days we saw most of them three times a week for six weeks.", []),
        ("I'd want a phase III trial with a year of follow-up before anyone recommends it.", []),
        ("We'd never suggest that everyone with back pain needs hip work.", []),
        ("Somebody on a Facebook group claimed the trial proved you should never treat the spine "
         "at all.", []),
        ("Personal trainer Dana Ruiz says she has built hip work into her clients' routines for "
         "years.", []),
        ("Our local rehabilitation centre sees many patients over 50, and our standard program "
         "runs for 12 weeks.", []),
        ("In my clinic, our patients over 50 usually come in for 12 weeks.", []),
        ("We see many patients who sit for eight hours a day.", []),
        ("Back pain affects most adults at some point in their lives.", []),
        ("Low back pain is a leading cause of disability worldwide.", []),
        ("Consider asking your physical therapist about hip exercises.", []),
        ("If your hips feel weak, it may be worth mentioning to your physio.", []),
        ("Talk to your doctor before starting a new exercise programme.", []),
        ("Does hip therapy cure back pain?", []),
        ("Should everyone with back pain be doing hip exercises?", []),
    ],
}


# Short passages: what a sentence refers back to ("that advantage", "they") and terse note lines.
PASSAGES: dict[str, list[Case]] = {
    "reference-back": [
        ("At eight weeks the hip group had less disability. That advantage was no longer seen at "
         "six months.", [s(D8), s(D6)]),
        ("Hip patients had a modest edge in disability. By 6 months, no difference.", [s(D8), s(D6)]),
        ("Hip patients did better on disability. And they walked faster, too.", [s(D8), c(G8)]),
        ("The hip group did better on disability. Both groups improved. They also walked faster.",
         [s(D8), s(D8)]),
    ],
    "sections": [
        ("What the trial did not show\nThat hip therapy makes you walk faster.\nThat the disability "
         "edge lasts: it had gone by the six-month visit.", [s("outcomes.timepoints")]),
        ("Background\nIn adults over 65, hip problems are common; estimates range from 20% to 40%.",
         [s(COND)]),
        ("Our Hip Reset programme runs for ten weeks with three visits a week.", []),
    ],
    "plain-wording": [
        ("A Danish study found that an app cut sick days in office workers. That study involved younger "
         "adults and a different treatment, so it says little about hip therapy for older people.", []),
        ('Dr Lee was blunt about it.\n"This was a phase two trial."', [s("design.phase")]),
        ("Masking: Single (outcome assessor)\nPts & PTs not masked", [s("design.masking"), s("design.masking")]),
        ("MASH results\n- 6MWT: hip > spine @ 8 wk and @ 6 mo\n- 30s CST: hip > spine @ 8 wk\n"
         "- ≥50% QBPDS reduction: 46% hip vs 33% spine\n- >=50% drop in QBPDS: 33% hip vs 46% spine",
         [s("result.endurance.8wk"), c("result.chair_rise.8wk"), s(DR), s(DR), c(DR), c(DR)]),
        ("The trial ran at three universities.\n\nHonestly, this is a game-changer for our profession.",
         [s("sites.count"), o("result.disability.8wk", "hype")]),
        ("Walking speed was one of the two main outcomes. It improved in both groups, but there was no "
         "difference between them.", [s("outcomes.primary"), s(G8)]),
        ("Both groups got a bit quicker. Both groups walked more briskly afterwards, and neither outpaced the other.",
         [s(G8), s(G8)]),
        ("The hip group walked more briskly than the spine group.", [c(G8)]),
        ("Results\n- 10MWT: both ↑, no between-grp diff\n- QBPDS @ 6 mo: no diff betw grps", [s(G8), s(D6)]),
        ("At eight weeks the hip group's disability scores had fallen further. They were also quicker out of "
         "a chair by the end of the eight-week course.", [s(D8), c("result.chair_rise.8wk")]),
        ("Double-masked: participants and outcome assessors blinded to allocation.", [c("design.masking")]),
        ("The assessors were kept in the dark about group allocation, and in fact the whole study was double-blind.",
         [s("design.masking"), c("design.masking")]),
        ("Hip patients also did better on a chair-rise test, at both check-ups.", [c("result.chair_rise.8wk")]),
        ("Chair stands: hip group better at 8 wks.", [c("result.chair_rise.8wk")]),
        ("Some people were followed for a while, and the benefits of hip treatment were long-lasting.",
         [o(D6, "timepoint-stretched")]),
        ("On a longer walking test lasting six minutes, the hip group did better, both at eight weeks and at six months.",
         [s("result.endurance.8wk")]),
        ("They were also walking faster by the end than the spine group, which makes total sense because strong "
         "glutes make a happy spine.", [c(G8), u("result.mechanism")]),
        ("The hip group pulled ahead on the six-minute walk. And on chair stands at eight weeks.",
         [s("result.endurance.8wk"), c("result.chair_rise.8wk")]),
        ("From what I read it was like 300 people in their 70s.", [c("enrolment.randomised"), c("population.age")]),
        ("From what I read it was like 300 people in their 70s. Actually, it was 184 people aged 60 to 85.",
         [s("enrolment.randomised"), s("population.age")]),
        ("My PT told me the trial was done at Duke and Ohio State.", [s("sites.names"), c("sites.names")]),
        ("My physio said it showed hip therapy works better than normal back therapy.",
         [o(D8, "magnitude-inflated"), c("design.comparator")]),
        ("One group got hip treatment while the other got nothing more than a few advice leaflets.", [c("design.comparator")]),
        ("The spine programme was itself an active treatment rather than usual care.", [s("design.comparator")]),
        ("It shows hip therapy works for older people with back pain, full stop.", [o("population.condition", "population-generalised")]),
        ("The trial established hip-focused therapy as the standard of care for low back pain in older adults.",
         [o("population.condition", "population-generalised")]),
        ("Researchers discovered that working on your hips is the key to healing your back.",
         [o("population.condition", "population-generalised")]),
        ("The trial ran at three universities.\n\nHonestly, it is for everyone.",
         [s("sites.count"), o("population.condition", "population-generalised")]),
        ("Scientists made a MIRACLE discovery about back pain!!! 😱 A trial with 200 seniors proved that "
         "exercising your hips cures back pain.",
         [o(D8, "hype"), c("enrolment.randomised"), o("result.pain", "outcome-substituted")]),
        ("One group got hip-focused PT, the other spine-focused PT. The spine group got zero hip treatment.",
         [s("design.comparator"), s("intervention.spine_components")]),
        ("The first article I read said the hip people walked faster. They didn't. Both groups sped up, and there "
         "was nothing between them.", [s(G8)]),
        ("I initially read that it was a sixteen-week programme. In fact it was sixteen sessions, at most, over "
         "eight weeks.", [s("intervention.sessions"), s("intervention.duration")]),
        ("I also read that it was published in the New England Journal of Medicine, and I repeated that before "
         "discovering it actually appeared elsewhere.", []),
        ("The spine group had a real programme of spinal mobilisation and massage. The only thing they didn't get "
         "was hip treatment.", [s("design.comparator"), s("intervention.spine_components"), s("intervention.spine_components")]),
        ("Timed Up and Go times were similar in the two groups.", [u("silent.other_outcomes")]),
        ("Both groups also had a weekly talk on safe lifting.", [u("silent.components")]),
        ("The therapists were all very experienced, ten years or more each.", [u("silent.demographics")]),
        ("Participants in both groups also made fewer visits to their doctors afterward, the study found.",
         [u("silent.other_outcomes")]),
        ("Hip patients reported far less back pain than the spine group, with pain ratings dropping by around "
         "three points on a ten-point scale.", [o("result.pain", "outcome-substituted"), u("result.pain_scores")]),
        ("Improvement in disability tracked closely with gains in hip strength.", [u("result.mechanism")]),
        ("So my advice: if you're over 60 with a bad back, go and do hip exercises.",
         [o("population.condition", "population-generalised")]),
        ("Bottom line: for older adults with back pain, hip therapy is worth trying first.",
         [o("population.condition", "population-generalised")]),
        ("The trial found a large effect on disability.", [o(D8, "magnitude-inflated")]),
        ("This is nothing less than a natural cure for back pain.", [o(D8, "hype")]),
        ("The MASH data are clear.", [o(D8, "hype")]),
        ("Results\n- pain: hip grp reported less LBP", [o("result.pain", "outcome-substituted")]),
        ("Volunteers signed up between late 2019 and spring 2022.", [s("dates.enrolment")]),
        ("Enrolment ran from Nov 2019 to Apr 2022.", [s("dates.enrolment")]),
        ("Recruitment ran from late 2012 to spring 2014.", [c("dates.enrolment")]),
        ("Design\nEnrolment 11/2019–04/2022", [s("dates.enrolment")]),
        ("Both groups had one-hour sessions with a physical therapist, 24 in all.",
         [s("intervention.session_length"), c("intervention.sessions")]),
        ("Half were given therapy aimed at the hip and half were given standard back physiotherapy.",
         [s("enrolment.hip_arm"), c("design.comparator")]),
        ("The comparison group received usual care rather than an active treatment, which may have exaggerated "
         "the difference between arms.", [c("design.comparator")]),
        ("Six-minute walk distance favoured the hip arm at both eight weeks and six months, and the 30-second "
         "chair stand favoured it at eight weeks.", [s("result.endurance.8wk"), c("result.chair_rise.8wk")]),
        ("So did the hip people do better?\nOn disability, yes, a bit, at the 8-week mark.", [s(D8)]),
        ("So the hip people walked faster?\nNot in terms of gait speed, no. Where they did better was the six-minute "
         "walk, and that held at six months too.", [s(G8), s("result.endurance.8wk"), s("result.endurance.6mo")]),
        ("It is one trial, and a phase II trial at that. The outcome assessors were blinded.",
         [s("design.phase"), s("design.masking")]),
        ("By 6 months the disability scores had evened out.", [s(D6)]),
        ("Q: Did it prove hip therapy cures back pain?\n\nA: No. It was a phase II trial with a modest effect.",
         [s("design.phase"), s(D8)]),
        ("The hip group had less disability at eight weeks, and that held at six months.", [s(D8), c(D6)]),
        ("The MASH trial, a landmark study run by US researchers, recruited 184 adults aged between sixty and "
         "eighty-five.", [o(D8, "hype"), s("enrolment.randomised"), s("population.age")]),
        ("My take: this is a game-changer for literally anyone with back pain.",
         [o("population.condition", "population-generalised"), o(D8, "hype")]),
        ("The spine programme was essentially usual NHS physiotherapy.", [c("design.comparator")]),
        ("I was also pleased to read that the exercises were done three times a week.", [c("intervention.frequency")]),
        ("The hip group were also better at rising from a chair by the end of treatment.", [c("result.chair_rise.8wk")]),
        ("Hip therapy roughly doubled people's chances of a big improvement, with benefits that lasted.",
         [c(DR), o(D6, "timepoint-stretched")]),
        ("It would be a mistake to treat this as a cure for everyone.", []),
        ("Note to markers: candidates sometimes write that the hip group walked faster.", []),
        ("Same dose for everyone: an hour with a physical therapist, twice a week.",
         [s("intervention.session_length"), s("intervention.frequency")]),
        ("Ages 60–85. Everyone in the trial was at least 60.", [s("population.age"), s("population.age")]),
        ("Nine months after treatment ended, the hip group was still ahead on walking endurance.",
         [c("result.endurance.6mo")]),
        ("The hip group had better walking endurance at eight weeks and at six months, and hip-focused therapy "
         "also made patients less likely to fall.", [s("result.endurance.8wk"), u("silent.other_outcomes")]),
        ("My daughter is a PT and sent me the paper. They had 184 people aged 60 to 85.",
         [s("enrolment.randomised"), s("population.age")]),
        ("My pal Stan had 6 sessions on the NHS for his hip last year and said it did nothing.", []),
        ("The spine group, as far as I could tell, barely improved on disability at all.", [c(D8)]),
        ("The benefit on disability was real but small.", [s(D8)]),
        ("The advantage on the main disability measure was modest and short-lived.", [s(D8)]),
        ("The benefit on disability was dramatic.", [o(D8, "magnitude-inflated")]),
        ('CLAIM 1: "Hip exercises CURE back pain in seniors, proven by a huge study."\nOur rating: FALSE', []),
        ("Results in brief\nSix-minute walk: hip better at 8 weeks and again at 6 months\n"
         "30-second chair stand: hip better at 6 months\nAt least 50% less disability: hip 46%, spine 33%",
         [s("result.endurance.8wk"), s("result.chair_rise.6mo"), s(DR), s(DR)]),
    ],
    "quiz-and-citations": [
        ("Which statement about responders is correct?\na) Twice as many hip patients as spine "
         "patients halved their disability\nb) 64% of the hip group halved their disability\n\n"
         "Answer: 46% of the hip group and 33% of the spine group halved their disability.",
         [s(DR), s(DR)]),
        ("The hip group improved more on disability, though the gap was modest.[2] Walking speed "
         "rose in both groups, with no difference between them.", [s(D8), s(G8)]),
    ],
    "note-lines": [
        ("- n=184 pts randomised (hip n=91 vs spine n=93); planned target n=180",
         [s("enrolment.randomised"), s("design.randomised"), s("enrolment.hip_arm"),
          s("enrolment.spine_arm"), s("enrolment.planned")]),
        ("Design\nMulticentre RCT\nAge 60–85 y\nBoth arms: licensed PTs, 60-min sessions, 2x/wk × 8 wk",
         [s("population.age"), s("intervention.delivery"), s("intervention.session_length"), s("intervention.frequency"),
          s("intervention.duration")]),
        ("Design\nAge 65–90 y\nBoth arms: 3x/wk × 12 wk", []),
        ("Results\nLarge gain in gait speed: spine 60%, hip 53%\nDisability at 6 months: no difference "
         "between groups\n30-second chair stand: hip better at 8 weeks", [s(GR), s(GR), s(D6)]),
    ],
}

CASES: dict[str, list[Case]] = {**CORE, **RESULTS}
"""Every area's cases, core first."""
