"""Word lists as data: number words, cue words for scope, comparison, certainty and hedging.

Nothing here knows about a particular trial; trial phrases live in the facts file.
All patterns run on normalised text (see `normalise`): lower case, plain dashes and quotes,
number words replaced by digits, and exactly as long as the original so offsets carry over.
"""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_TEN = "|".join(_TENS)
_SMALL = rf"(?:(?:{_TEN})(?:[- ](?:{_UNIT}))?|(?:{_UNIT}))"
_NUMBER_PHRASE = re.compile(
    rf"\b(?:{_SMALL}\s+thousand(?:\s+(?:and\s+)?{_SMALL}(?:\s+hundred(?:\s+(?:and\s+)?{_SMALL})?)?)?"
    rf"|{_SMALL}(?:\s+hundred(?:\s+(?:and\s+)?{_SMALL})?)?|a\s+hundred(?:\s+(?:and\s+)?{_SMALL})?)\b"
)


def words_to_int(phrase: str) -> int:
    """'one hundred and eighty-four' -> 184."""
    total = 0
    current = 0
    for word in re.split(r"[\s-]+", phrase.strip()):
        if word in ("and", ""):
            continue
        if word == "a":
            current = 1
        elif word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
    return total + current


_CHAR_MAP = str.maketrans({
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ",
    "\u2009": " ", "\u202f": " ",
})


def normalise(text: str) -> str:
    """Lower-case, plain punctuation, number words as digits; same length as `text`."""
    return normalise_spans(text)[0]


def normalise_spans(text: str) -> tuple[str, list[tuple[int, int]]]:
    """`normalise`, plus the spans of the number words it replaced (to widen claim spans)."""
    chars = []
    for ch in text.translate(_CHAR_MAP):
        low = ch.lower()
        chars.append(low if len(low) == 1 else ch)
    out = "".join(chars)
    spans: list[tuple[int, int]] = []

    def digits(m: re.Match[str]) -> str:
        spans.append((m.start(), m.end()))
        value = str(words_to_int(m.group(0)))
        return value.ljust(len(m.group(0)))

    def decades(m: re.Match[str]) -> str:
        spans.append((m.start(), m.end()))
        return (str(_DECADE_WORDS[m.group(1)]) + "s").ljust(len(m.group(0)))

    out = _NUMBER_PHRASE.sub(digits, out)
    out = _DECADES.sub(decades, out)
    return out, spans


_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}
_DECADES = re.compile(r"\b(" + "|".join(_DECADE_WORDS) + r")\b")


def rx(*alternatives: str) -> re.Pattern[str]:
    """A word-bounded alternation."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w])")


def canon(phrase: str) -> str:
    """A key that ignores case, spacing, hyphens and number words: 'Six-minute walk' ~ '6 minute walk'."""
    return re.sub(r"[\s-]+", "", normalise(phrase.lower()))


def _phrase_pattern(phrase: str) -> str:
    """A literal phrase; ' * ' stands for up to two words ('walked * faster'), ' ** ' for up to five."""
    e = re.escape(normalise(phrase.lower()).strip())
    e = e.replace(r"\ \*\*\ ", "\\ \x01\\ ").replace(r"\ \*\ ", "\\ \x00\\ ")
    e = re.sub(r"(?:\\ )+", r"[\\s-]+", e)
    e = e.replace(r"\-", r"\s*-\s*")
    e = re.sub(r"(\d)\\s\+", r"\1\\s*", e)
    e = e.replace("[\\s-]+\x01[\\s-]+", r"\s+(?:[\w'-]+,?\s+){0,5}?")
    return e.replace("[\\s-]+\x00[\\s-]+", r"\s+(?:[\w-]+\s+){0,2}?")


def phrases_rx(phrases: list[str]) -> re.Pattern[str]:
    """Literal phrases, longest first, bounded by non-word characters; number words match digits."""
    ordered = sorted({p.lower().strip() for p in phrases if p.strip()}, key=len, reverse=True)
    body = "|".join(_phrase_pattern(p) for p in ordered)
    return re.compile(r"(?<![\w])(?:" + body + r")(?![\w])")


# --- scope: is a sentence about this trial at all? ----------------------------------------

STUDY_NOUN = r"(?:stud(?:y|ies)|trials?|research|review|meta-analys[ie]s|analys[ie]s|experiments?|papers?|work|surveys?|polls?|cohorts?|reports?|appraisals?|commentary|critique|editorial)"
MODEST_EFFECT = re.compile(
    r"\b(?:small|modest|slight|minor|marginal)(?:ly|er)?[\s,]+(?:[\w-]+[\s,]+){0,2}?(?:differences?|advantages?|edge|benefits?|effects?|gap|gains?|improvements?)\b"
    r"|\b(?:differences?|advantages?|edge|benefits?|effects?|gap)\s+(?:\w+\s+){0,5}?(?:was|were|is|are|as)\s+(?:\w+\s+){0,3}?(?:small|modest|slight|minor|marginal)\b"
    r"|\b(?:difference|advantage|edge|benefit|effect)\s+modest\b|\bbut\s+a\s+(?:small|modest)\s+one\b"  # note style: "disability benefit modest"
)
OTHER_STUDY = re.compile(
    r"\banother\s+(?:team|research\s+group|group\s+of\s+researchers|lab)\b|^\W*cf\.?\s|"
    r"\b(?:a|an)\s+(?:dutch|british|german|swedish|danish|norwegian|finnish|french|italian|spanish|swiss|irish|australian|canadian|chinese|japanese|korean|brazilian|indian)\s+(?:research\s+)?(?:group|team)\b|"
    r"\b(?:want|wants|wanted|would\s+like|need|needs|calls?\s+for|called\s+for|awaits?|awaiting|hope\s+for|plans?|planning|preparing|design(?:ing)?)\s+(?:to\s+see\s+)?(?:a|an|another)\s+(?:[\w-]+\s+){0,3}?(?:trial|study)\b|"
    rf"\b(?:her|his|their|its)\s+own\s+(?:[\w-]+\s+){{0,2}}?{STUDY_NOUN}\b|\b(?:led|ran|conducted|published|did)\s+(?:a|an|her|his|their)\s+(?:[\w-]+\s+){{0,3}}?{STUDY_NOUN}\b|"
    r"\b(?:study|trial)\s+(?:published\s+)?in\s+(?:19\d\d|20(?:[01]\d|2[0-2]))\b|"
    r"(?<![\w-])(?<!only\s)(?<!just\s)(?:previous|prior|earlier|past|older|other|another|separate|different|similar|"
    r"(?<!\bis\s)(?<!\bwas\s)(?:one|1)|a\s+(?:(?:19|20)\d\d|smaller|larger|bigger|landmark|well-known|famous|pilot|danish|british|dutch|german|swedish|australian|canadian|chinese|japanese|french|norwegian)|an\s+(?:earlier|older|australian|american|italian))"
    rf"\s+(?:[\w-]+\s+){{0,2}}?{STUDY_NOUN}\b"
    r"|\bmeta-analys|\bsystematic\s+review|\bcochrane\b"
    r"|\b(?:most|many|several|some|few|other|earlier|previous|past)\s+(?:\w+\s+)?(?:studies|trials)\b|^(?:trials|studies)\s+(?:of|on|in|that|which)\b|\b(?:trials|studies)\s+that\s+(?:pit|compare|use|test|tested|used|compared)\b"
    r"|\b(?:research|studies|evidence|data)\s+(?:has|have|had)?\s*(?:long\s+)?(?:shown|shows|show|suggests?|found|indicates?)\b"
    r"|\bet\s+al\.?,?\s*\(?(?:19|20)\d\d"
)
NEW_STUDY = re.compile(
    r"^\W*(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}?(?:trial|study|review)\s+(?:of|in|on|from|with|by)\b|"  # a terse note: "2021 trial of core stab…"
    r"^\W*(?!(?:it|this|that)\s+(?:was|is)\b)(?:(?:in|finally|meanwhile|separately|elsewhere|also|first|second|third|next|by\s+contrast|and|but)\b,?\s+)?(?:\w+\s+){0,2}?"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:trial|study|analysis|review|survey)\s+(?:in|from|of|at|by|published|conducted|followed|found|"
    r"assigned|randomi[sz]ed|enrolled|tested|compared|looked|showed|suggests?|reported|recruited|involving|with)\b"
)
#: Study designs a randomised trial is not: a study so described is another study.
OTHER_DESIGN = re.compile(r"\b(?:cross-sectional|observational|cohort|case-control|qualitative|retrospective|registry|population-based|longitudinal)\b")
THIRD_PERSON = re.compile(r"^\W*(?:he|she|his|her)\b")
THIS_TRIAL = re.compile(
    r"\bthis\s+(?:breakthrough|discovery|finding|result)\b|\bthis\s+is\s+(?:the|a)\s+(?:real\s+|genuine\s+)?breakthrough\b|"
    r"\b(?:this|the\s+new|the\s+current|the\s+present|the\s+mash|this\s+new|the\s+latest|the\s+recent|a\s+new|a\s+recent)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:stud(?:y|ies)|trials?|research|work|paper)\b"
)
PRACTICE = re.compile(
    r"\b(?:our|my)\s+(?:own\s+)?(?:[\w&-]+\s+){0,4}?(?:patients|clients|clinic|clinics|practice|therapists|physios?|office|members|team|department|service|hospital|gym|studio|centre|center|unit|programmes?|programs?|classes)\b"
    r"|\bmy\s+(?:[\w-]+\s+){0,2}?(?:educator|supervisor|mentor|tutor|manager|boss)\b"
    r"|\b(?:his|her)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:patients|clients|clinics?|practice|gym|studio)\b|\b(?:our|my)\s+(?:own\s+)?(?:standard|usual|typical|regular)\s+(?:programs?|programmes?|course|protocol|approach|care|plan)\b"
    r"|\b(?:cent(?:er|re)|clinic|practice|department|hospital|gym|studio)\s+(?:sees|treats|offers|runs|provides)\b"
    r"|\bin\s+my\s+(?:experience|practice|clinic|work)\b|\bwe\s+(?:see|treat|offer|run|use|have\s+seen|typically|usually|often|recommend|start|saw|treated|used\s+to|would\s+(?:see|treat|give|run))\b"
    r"|\bat\s+our\s+"
)
PRACTICE_I = re.compile(
    r"\bI\s+(?:see|treat|recommend|tell|have\s+seen|often|usually|typically|start|ask|did|had|went|was|got|started|tried|do|need|needed|came|felt|stopped|walked|managed|"
    r"read|initially|thought|believed|assumed|wanted|hoped|repeated|wrote|said|claimed|posted|remember)\b|\bI'd\s+(?:written|said|claimed|posted|thought|read|assumed)\b"
    r"|\bI'(?:ve|m)\s+(?:seen|been|had|done|tried|\d+)\b|\bI\s+have\s+(?:had|been|seen)\b|\b[Mm]y\s+(?:own\s+)?(?:physio|pt|therapist|doctor|sessions|program|programme|mum|mom|dad|husband|wife|back|hips?|knees?|pain)\b"
    r"|\b[Mm]y\s+(?:pal|mate|friend|neighbou?r|brother|sister|cousin|son|daughter|grandad|grandpa|gran|nan|grandma)\s+(?:[A-Z]\w+\s+)?(?:had|has|did|went|got|tried|started|needed)\b"
)
#: "I read", "I thought", "I remember": what the writer once read or believed, not their own practice.
BELIEF_I = re.compile(r"\bI\s+(?:initially\s+|first\s+|also\s+)?(?:read|thought|believed|assumed|wanted|hoped|repeated|wrote|said|claimed|posted|remember)\b|\bI'd\s+(?:written|said|claimed|posted|thought|read|assumed)\b")
REPORTED = re.compile(
    r"\b(?:some|many|several|a\s+few|few|other|viral|popular|social[- ]media|online|(?:one|1)\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:posts?|headlines?|articles?|outlets?|reports?|websites?|blogs?|influencers?|commentators?|people|sites|stories|accounts|videos?|claims?|coverage|sources|writers?|marketers?)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:claimed|claim|claiming|said|say|suggested|suggest|reported|report|described|describe|called|call|touted|tout|hailed|billed|implied|imply|stated|asserted|insisted|promised|promise|framed|spun|presented|declared|concluded|conclude|argued|argue|speculated|assumed|read)\b"
    r"|\b(?:article|post|story|video|headline|ad|email|leaflet)\s+(?:that\s+)?(?:said|saying|says|claimed|claiming)\b|\bi\s+(?:also\s+|once\s+|first\s+|initially\s+)?(?:read|heard|saw)\s+(?:somewhere|online|that|it)\b|\bfrom\s+what\s+i\s+(?:understand|read|heard|gather)\b|\btoo\s+strong\s+a\s+word\b"
    r"|\btold\s+(?:her|him|me|them|us|my\s+\w+)\s+(?:that\s+)?(?:a|the)\s+(?:new\s+|big\s+|recent\s+)?(?:study|trial|research)\b|\b(?:friend|neighbou?r|relative|someone|somebody|colleague|cousin|brother|sister|brother-in-law|sister-in-law|husband|wife|mum|mom|dad|uncle|aunt)\s+(?:[\w-]+\s+){0,5}?(?:said|says|told|claimed|claims|heard|reckons|insists)\b|^\s*q\s*:"
    r"|\b(?:it\s+)?(?:has|had)\s+been\s+reported\s+that\b|\bit\s+was\s+reported\s+that\b"
    r"|\b(?:it\s+has\s+been|has\s+been|have\s+been|was|were)\s+(?:widely\s+|wrongly\s+|falsely\s+|breathlessly\s+)?(?:claimed|touted|hailed|billed|spun|misreported|described\s+online)\b"
    r"|\byou\s+may\s+have\s+(?:read|heard|seen)\b|\bcontrary\s+to\b|\bmyths?\b|\bmisconceptions?\b"
    r"|\bnot\s+true\b|\bis\s+false\b|\bwas\s+false\b|\bmisleading\b|\binaccurate\b|\bis\s+wrong\b|\bwere\s+wrong\b|\bare\s+wrong\b"
    r"|\bdespite\s+(?:claims|reports|headlines|what)\b|\baccording\s+to\s+(?:some|many|several|social|headlines|posts|a\s+viral|one\s+blog)"
    r"|\bclaims?\s+that\b|\bwhat\s+the\s+(?:trial|study)\s+did\s*n[o']?t\b|\bdid\s+not\s+(?:show|find|prove|test)\s+that\b|\bdidn't\s+(?:show|find|prove|test)\s+that\b"
    r"|\bthe\s+(?:post|posts|claim|headline|article|video|tweet|meme|ad|advert|advertisement)\s+(?:\w+\s+){0,2}?(?:says|said|claims|claimed|suggests|suggested|stated|states|implies|implied)\b"
    r"|\ban?\s+(?:viral\s+)?(?:post|headline|video|tweet|meme|blog|article|ad|advert)\b[^.]{0,80}?\b(?:says|said|claims|claimed|suggests|suggested)\b|^\W*(?:(?:the|viral)\s+)?(?:claim|rumou?r)\s*(?:#?\d+|[ivx]+)?\s*:"
    r"|\bdoes\s*(?:not|n't)\s+(?:show|prove|mean|find|support)\b|\bdoesn't\s+(?:show|prove|mean|find|support)\b|\bcannot\s+(?:show|prove|tell)\b"
    r"|\breports?\s+that\b|\bmistaken\b|\bclaims\s+(?:\w+\s+){0,7}?(?:say|said|suggest|claim)\b|\bpresent(?:s|ed|ing)?\s+(?:it|this|the\s+(?:trial|study|result))\s+as\b"
    # what a columnist, a chatbot or "anyone telling you" says, quoted to be answered
    r"|\b(?:column|columnist|piece|reporter|journalist|writer|blogger|chatbot|forward|message|presenter|host)\s+(?:\w+\s+){0,2}?(?:told|wrote|writes|claimed|asserted|described|called)\b"
    r"|\bas\s+the\s+(?:article|column|piece|post|headline|story|video|ad|advert|leaflet)\s+(?:put\s+it|said|claimed|had\s+it)\b|\bassured\s+(?:me|us|him|her|them)\b"
    r"|\b(?:anyone|anybody|whoever)\s+(?:who\s+(?:tells?|claims?|says?)|telling|claiming|saying)\b|\b(?:do\s+not|don't|never)\s+(?:turn|read|take|spin|twist)\s+(?:that|this|it|the\s+\w+)\s+(?:into|as)\b"
    r"|\b(?:candidates|students|learners|trainees|readers|patients|people|some|many|others)\s+(?:often\s+|sometimes\s+|frequently\s+|commonly\s+|wrongly\s+)?(?:write|say|think|claim|assume|believe|state)\s+that\b"
    r"|\bmy\s+first\s+(?:instinct|thought|reaction|impulse)\b|\bi\s+was\s+tempted\s+to\b|\bit\s+is\s+tempting\s+to\b"
    r"|\ban\s+earlier\s+version\b|\b(?:someone|somebody|anyone|a\s+(?:reader|listener|viewer|caller|delegate)|an?\s+(?:audience\s+member|attendee)|(?:he|she|i))\s+(?:[\w-]+\s+){0,4}?(?:asks?|asked|wonders?|wondered)\s+(?:whether|if)\b|^\W*true\s+or\s+false\b"
    r"|\b(?:listener|reader|viewer|caller|follower|commenter)\s+(?:\w+\s+){0,3}?(?:claiming|claimed|wrote|writes|insisted|insists)\b"
    r"|\b(?:headline|post|tweet|caption|banner|ad|advert)\s+(?:\w+\s+){0,2}?(?:read|reads|ran|proclaimed|screamed|declared|announced)\b"
    r"|\bbeyond\s+the\s+evidence\b|\boverstat\w+|\bexaggerat\w++(?!\s+the\s+(?:difference|effect|benefit|gap|results?)\b)|\boverblown\b|\bmisrepresent\w*|\bno\s+evidence\s+that\b|\bnot\s+what\s+the\b|\bdoes\s+not\s+mean\b|\bdoesn't\s+mean\b|\bnor\s+did\s+it\s+(?:show|find|prove)\b"
)
TRIAL_WORDS = re.compile(
    r"\b(?:therap\w*|programmes?|programs?|sessions?|groups?|trial|study|hip|hips|spine|spinal|participants|disability|walking|"
    r"back\s+pain|everyone|permanently|results?|benefits?|"
    r"weeks?\s+of|physio\w*|randomi[sz]ed|blind\w*|masked)\b"
)
PAST = re.compile(
    r"\b(?:was|were|had|did|lasted|received|got|found|showed|enrolled|recruited|ran|took|improved|reduced|walked|came|went|"
    r"faded|gave|saw|completed|attended|assigned|allocated|measured|assessed|reported|compared|published|funded|registered|"
    r"randomi[sz]ed|followed|included|involved|lost|gained|dropped|fell|rose|stayed|remained|outperformed|beat|matched|"
    r"differed|narrowed|disappeared|vanished|held|persisted|needed|could|led|favou?red|cut|halved|doubled|sped)\b"
)
GENERIC_PRESENT = re.compile(r"\b(?:is|are|affects?|remains?|becomes?|tends?|costs?|causes?)\b")
POPULATION_BROAD = re.compile(
    r"\b(?:older\s+adults|older\s+people|seniors|the\s+elderly|elderly\s+people|older\s+americans|adults|people|patients)\s+"
    r"(?:with|who\s+have|suffering\s+from|living\s+with)\s+(?:chronic\s+|long-term\s+|persistent\s+)?(?:low(?:er)?\s+|low-)?back\s+pain\b"
    r"|\b(?:if\s+)?you(?:'re|\s+are)\s+over\s+\d+\s+(?:and\s+|with\s+)(?:have\s+)?(?:a\s+)?(?:bad|sore|aching|painful)\s+back\b"  # "if you're over 60 with a bad back"
)
PRESENT_CLAIM = re.compile(r"\b(?:reduces|improves|helps|works|benefits|eases|relieves|lowers|cuts|boosts|is|are|can|will|does)\b")
AIM = re.compile(
    r"\b(?:sought|aimed|aims|aim|set\s+out|wanted|designed|hoped|intended|expected|planned|hypothesi[sz]ed|predicted)\s+to\b"
    r"|\bto\s+(?:determine|test|see|find\s+out|learn|assess|examine|investigate|check|evaluate)\s+(?:whether|if)\b"
    r"|\bwhether\b|\bwould\b"
)
AIM_STRICT = re.compile(AIM.pattern.replace(r"|\bwould\b", ""))
GENERIC_ANCHOR = re.compile(
    r"\b(?:trial|study|research|researchers|investigators|scientists|authors|team|findings|results|"
    r"participants|volunteers|enrollees|subjects|randomi[sz]ed|randomly|enrolled|recruited|groups?|arms?|"
    r"those\s+(?:in\s+the|receiving|assigned)|patients\s+(?:in\s+the|receiving|assigned)|"
    r"paper|publication|published|journal|registered|funded|grant|participant|assessors|the\s+report|protocol|"
    r"recruitment|enrol?lment|take\s+part|took\s+part|taking\s+part|eligible|eligibility|"
    r"the\s+(?:hip\s+|spine\s+|two\s+)?(?:therapy|therapies|treatment|treatments|programmes?|programs?|intervention|sessions|exercises))\b"
)
CONTINUATION = re.compile(
    r"^(?:they|their|them|both|each|all|sessions?|the\s+sessions|participants|the\s+participants|the\s+groups?|"
    r"those|it|its|this|these|overall|by\s+six|at\s+six|at\s+eight|after|however|still|but|and|also|"
    r"patients|treatment|therapy|outcomes|recruitment|enrol?lment|each\s+session|"
    r"in\s+(?:both|each|the\s+hip|the\s+spine)|on\s+(?:the|both)|neither|nor)\b"
)

# --- results: comparison, change, time, strength of language ------------------------------

NEGATION = re.compile(
    r"\b(?:not|no|never|neither|nor|without|failed\s+to|did\s*n[o']?t|does\s*n[o']?t|was\s*n[o']?t|were\s*n[o']?t|is\s*n[o']?t|isn't|wasn't|weren't|didn't|doesn't|hardly|far\s+from|rather\s+than|instead\s+of|unlike)\b|n't\b"
)
NO_DIFFERENCE = re.compile(
    r"\bno\s+(?:[\w-]+\s+){0,3}?(?:differences?|diff)\b|\bnothing\s+between\s+them\b|\bno\s+longer\s+(?:differ\w*|different|ahead|better|present|there|seen|visible|significant)\b|\b(?:did|do|does)\s*(?:not|n't)\s+differ\b|\bdidn't\s+differ\b|\bnot\s+(?:\w+\s+)?different\b"
    r"|\bno\s+(?:better|worse|faster|slower|more)\s+than\b(?!\s+(?:an?\s+)?(?:modest|small|slight|marginal|minor)\b)|\bnot\s+(?:any\s+)?(?:better|worse|faster|slower)\s+than\b"
    r"|\bsimilar(?:ly)?\b|\bcomparable\b|\bthe\s+same\b|\bequally\b|\bequal\b|\blevel\b|\bneck\s+and\s+neck\b|\bon\s+par\b"
    r"|\bjust\s+as\b|\bas\s+(?:much|well|fast|far|quickly)\s+as\b|\bindistinguishable\b|\bno\s+(?:[\w-]+\s+)?(?:advantage|edge)\b"
    r"|\bneither\s+(?:group|arm|therapy|treatment|approach|programme|program|intervention)\b|\bdid\s*(?:not|n't)\s+(?:beat|outperform|outpace)\b"
    r"|\bwas\s*(?:not|n't)\s+(?:superior|better)\b|\bcaught\s+up\b|\bconverged\b|\b(?:evened|levell?ed)\s+out\b|\ba\s+wash\b|\bno\s+gap\b|\b(?:advantage|difference|edge|benefit|gap|effect|lead)\s+(?:\w+\s+){0,6}?(?:had\s+)?(?:faded|disappeared|vanished|evened\s+out|worn\s+off|wore\s+off|gone|closed)\b|^\W*(?:(?:but|and|which|that)\s+)?(?:(?:it|this|that)\s+)?(?:had\s+|has\s+)?(?:faded|disappeared|vanished|evened\s+out|worn\s+off|gone)\b|\bgone\s+(?:by|at|after)\b|\b(?:was|had)\s+gone\b|\bgap\s+closed\b|\bno\s+more\s+than\b(?!\s+(?:an?\s+)?(?:modest|small|slight|marginal|minor)\b)|\bno\s+(?:between-group\s+)?gap\b"
)
BETTER = re.compile(
    r"\b(?:more|greater|better|larger|bigger|faster|farther|further|quicker|superior|outperform\w*|out-perform\w*|"
    r"beat|beats|edged?|ahead|in\s+the\s+lead|led(?=\s+(?:on|in|at|the\s+way|throughout))|advantage|favou?r(?:ed|ing|s)?|stronger|higher|outdid|outpaced|outpacing|"
    r"exceeded|surpass\w*|bested|won|doubled|doubles|double\s+(?:the|as)|twice|longer|more\s+effective|most|overt(?:ook|aken|akes)|pulled\s+ahead|moved\s+ahead)\b"
    r"|(?<=[a-z] )>(?= ?[a-z])"  # note style: "6MWT: hip > spine"
)
WORSE = re.compile(
    r"\b(?:less|smaller|worse|slower|lagged|lagging|behind|trailed|trailing|inferior|fell\s+short)\b"
    r"|\b(?:not|nowhere\s+near)\s+as\s+(?:much|well|far|fast|quickly|large|big)\b|\bnot\s+by\s+as\s+much\b"
)
CHANGE = re.compile(
    r"\b(?:improv\w*|gain\w*|better|increas\w*|sped\s+up|faster|quicker|more\s+(?:quickly|briskly)|climb\w*|rose|went\s+up|reduc\w*|decreas\w*|lower\w*|less|fell|dropped|drop|"
    r"eased|eas\w*|reliev\w*|cut|shrank|declin\w*|benefit\w*|progress\w*|help\w*|boost\w*|enhanc\w*|change[sd]?)\b|(?<=both )↑"
)
NOT_IMPROVED = re.compile(
    r"\b(?:did\s*(?:not|n't)|didn't|failed\s+to|never)\s+(?:\w+\s+)?(?:improv\w*|get\s+better|change|benefit|gain|budge)\b"
    r"|\bno\s+(?:improvement|change|gains?|benefit)\b|\bonly\s+the\s+(?:hip|spine)|\bonly\s+(?:one|hip|spine)\b|\bworsened\b|\bgot\s+worse\b"
    r"|\b(?:barely|hardly|scarcely)\s+(?:budged|improved|changed|moved|got\s+better)\b|\bstayed\s+(?:the\s+same|put|flat)\b"
)
BOTH = re.compile(r"\b(?:both|either|each)\s+(?:\w+\s+)?(?:groups?|arms?|therapies|treatments|approaches|programmes|programs|interventions|sides)\b|\bboth\s+groups\b|\bboth\b(?!\s+(?:at\s+|of\s+the\s+)?(?:\d|time|follow|assessment|measure|outcome|test|the\s+\d|eight|six|short|long))|\ball\s+participants\b|\beveryone\s+in\s+the\s+trial\b")
BENEFIT_NOUN = re.compile(
    r"\b(?:improvements?|results?|outcomes?|benefits?|gains?|effects?|progress|recovery|relief|more\s+effective|"
    r"effective|effectiveness|efficacy|works?\s+better|did\s+better|fared\s+better|better\s+off|better|gap|difference|advantage|edge|lead)\b"
)
LASTING = re.compile(
    r"\b(?:lasting(?!\s+(?:about\s+|around\s+|roughly\s+|just\s+)?(?:\d+|an?|half|one)\s*(?:-\s*)?(?:minutes?|mins?|hours?|seconds?|weeks?|days?)\b)|long[- ]lasting|long[- ]term(?![\s-]+(?:\w+\s+){0,2}?pain)|longer[- ]term|durable|sustained|persist\w*|permanent(?:ly)?|for\s+good|"
    r"over\s+the\s+long\s+(?:run|haul)|in\s+the\s+long\s+(?:run|term)|endured|held\s+up|maintained|kept\s+(?:up|going)|"
    r"kept\s+(?:their|the|its)\s+(?:\w+\s+)?(?:gains?|advantage|edge|lead|benefits?)|"
    r"lasted|forever|last(?:s|ed)?\s+(?:to|until|through|beyond|into|for)|still\s+(?:there|present|evident|seen|visible|better|ahead|held|in\s+place|showing|(?:doing|performing|faring)\s+better)|carried\s+over|stuck)\b"
)
BASELINE = re.compile(r"\b(?:compared\s+(?:with|to)|relative\s+to)\s+(?:their\s+|the\s+)?(?:baseline|before|beforehand|the\s+start|start)\b|\bthan\s+(?:at\s+|they\s+(?:did|were)\s+(?:at\s+)?)?(?:baseline|before|beforehand|the\s+start|when\s+they\s+(?:started|began)|at\s+the\s+outset)\b|\bfrom\s+baseline\b")
COMPARED_CHANGE = re.compile(
    r"\b(?:improv\w*|reduc\w*|lower\w*|gain\w*|help\w*|work\w*|eas\w*|cut)\s+(?:\w+\s+){0,5}?(?:compared\s+(?:with|to)|relative\s+to|versus|vs\.?|over)\b"
)
ALL_TIMEPOINTS = re.compile(r"\bat\s+(?:both|all|every|each)\s+(?:(?:of\s+the\s+)?(?:follow[\s-]*ups?|follow[\s-]*up\s+points|timepoints|time\s+points|assessments|visits|check[\s-]*ups?|check[\s-]*ins?|measurements))\b|\bat\s+both\s+times\b")
UNIVERSAL_OUTCOMES = re.compile(
    r"\b(?:any|every|all|each)\s+(?:\w+\s+)?(?:measures?|outcomes?|tests?|assessments?|endpoints?|metrics?)\b|\bacross\s+the\s+board\b|\bon\s+everything\b"
)
CERTAINTY = re.compile(
    r"\b(?:prov(?:ed|es|en|e|ing)|demonstrat(?:es|ed|e|ing)\s+(?:\w+\s+){0,2}?(?:effectiveness|efficacy|benefits?|that|it\s+works)|"
    r"confirm(?:s|ed)?\s+(?:that|the\s+(?:effectiveness|efficacy|benefit))|establish(?:es|ed)\s+(?:that|the)|conclusive(?:ly)?|definitive(?:ly)?|"
    r"undeniabl[ey]|beyond\s+(?:any\s+)?doubt|no\s+doubt|clearly\s+(?:shows?|showed|works?)|guarantee[sd]?|"
    r"(?:statistically\s+)?significant(?:ly)?|settles?\s+(?:it|the\s+question)|(?:data|evidence|results?|findings)\s+(?:are|is|were|was)\s+(?:\w+\s+)?clear|"
    r"cur(?:e|es|ed|ing)|fix(?:es|ed)?|eliminat(?:es|ed|e|ing)|eras(?:e|es|ed)|wip(?:e|es|ed)\s+out|banish\w*)\b"
)
MAGNITUDE = re.compile(
    r"\b(?:dramatic(?:ally)?|marked(?:ly)?|huge(?:ly)?|massive(?:ly)?|vast(?:ly)?|enormous(?:ly)?|remarkabl[ey]|striking(?:ly)?|"
    r"far\s+(?:better|greater|more|superior)|much\s+(?:better|greater|more|faster)|greatly|tremendous(?:ly)?|spectacular(?:ly)?|"
    r"staggering|astonishing(?:ly)?|astounding|sharply|profound(?:ly)?|drastic(?:ally)?|radical(?:ly)?|"
    r"incredibl[ey]|amazing(?:ly)?|unbelievabl[ey]|extraordinary|stunning(?:ly)?|phenomenal|mind-blowing|astounding(?:ly)?|melts?\s+away|"
    r"transform(?:s|ed|ative)?|life-changing|night\s+and\s+day|slash(?:es|ed)?|impressive(?:ly)?|powerful|big\s+(?:gains|improvements?|difference)|(?:large|big|huge|major|strong)\s+(?:effects?|benefits?)|smashed\s+it|crushed\s+it|crushing\s+it|nailed\s+it)\b"
)
HYPE = re.compile(
    r"\b(?:breakthrough|ground-?breaking|revolutionary|revolutioni[sz]e[sd]?|game[- ]?chang(?:er|ing)|miracle|miraculous|"
    r"first[- ]ever|landmark|paradigm[- ]shift(?:ing)?|cutting[- ]edge|holy\s+grail|magic\s+bullet|silver\s+bullet|"
    r"(?:the\s+)?(?:biggest|greatest)\s+(?:advance|breakthrough|step|leap)|in\s+decades|must-read|earth-shattering|mind-blowing|jaw-?dropping|stunning|astonishing|(?:quiet\s+)?revolution|(?:significant|major|huge|giant|big)\s+(?:step|leap)\s+forward|unprecedented|world-first|the\s+future\s+of\s+(?:\w+\s+)?(?:care|treatment|therapy|medicine)|"
    r"most\s+important\s+(?:[\w-]+\s+){0,3}?(?:trial|study|finding|paper|research)|(?:taken?|takes|taking)\s+the\s+guesswork\s+out|"
    r"(?:an?|the)\s+(?:natural\s+|real\s+|simple\s+|true\s+)?cure\s+for(?:\s+(?:\w+\s+){0,2}?(?:back\s+pain|pain|backs?))?|(?:data|evidence|results|findings)\s+(?:are|is)\s+(?:crystal\s+)?(?:clear|conclusive|undeniable|indisputable))\b"
)
#: Passing on what one read or was told, as true: "From what I read it was like 300 people",
#: "My physio said the hip group had less pain". Judged unless the next sentence corrects it.
HEARSAY = re.compile(
    r"^\W*(?:[\w@.\[\]:]+\s+){0,3}?(?:from\s+what\s+i\s+(?:read|heard|understand|gather)|i\s+(?:read|heard|saw)\s+(?:somewhere|online|that|it|this)|"
    r"(?:my|a|her|his|our)\s+(?:physio|physiotherapist|pt|doctor|gp|chiro|chiropractor|therapist|friend|neighbou?r|trainer|coach)\s+(?:\w+\s+){0,2}?(?:said|says|told\s+(?:me|us)|mentioned|reckons)|"
    r"they\s+said|i\s+was\s+(?:\w+\s+){0,2}?(?:pleased|glad|interested|surprised|happy)\s+to\s+(?:read|hear|see|learn)\s+that)\b"
)
#: "This is a game-changer", "calling it a miracle": hype about the thing just discussed.
HYPE_OF_IT = re.compile(r"^\W*(?:\w+(?:\s+\w+)?[,:]\s+)?(?:this|it)\s+(?:is|was|'s|really\s+is)\b|\bcall(?:ing|ed|s)?\s+it\b")
HEDGE = re.compile(
    r"\b(?:may|might|could|possibly|potentially|perhaps|suggests?|suggested|suggesting|appears?|appeared|seems?|seemed|"
    r"likely|promising|preliminary|tentative(?:ly)?|hints?|hinted|indicates?|indicated|points?\s+to|modest(?:ly)?|"
    r"helps?|helped|can\s+help|tends?\s+to|worth\s+(?:discussing|asking|considering))\b"
)
GENERALISED = re.compile(
    r"\b(?:(?:everyone|everybody|anyone|anybody)(?!\s+(?:enrolled|was\b|were\b|had\b|in\s+the\s+(?:trial|study)|who\s+(?:took\s+part|joined|was\s+enrolled)|taking\s+part))\s+(?:\w+\s+){0,2}?(?:with|who\s+(?:has|have|suffers?)|suffering|over|aged|in\s+pain|of\s+any\s+age)\b|"
    r"(?:works?|helps?|is|for|benefits?)\s+(?:for\s+)?(?:literally\s+|just\s+about\s+)?(?:everyone|everybody|anyone)\b(?!\s+(?:new|interested|curious|reading|listening|watching|joining|catching\s+up|who\s+(?:missed|wants|asked|is\s+new)))|"  # not "background for anyone new"
    r"all\s+(?:\w+\s+)?(?:people|adults|patients|pts|seniors|sufferers|older\s+adults|older\s+people|elderly)\s+(?:\w+\s+){0,2}?(?:with|who|over|suffering|>)|"
    r"all\s+(?:seniors|older\s+adults|older\s+people|the\s+elderly)\b|"
    r"every\s+(?:\w+\s+)?(?:person|patient|adult|senior|sufferer)\s+(?:with|who|over)|any\s+(?:\w+\s+)?(?:person|patient|adult|senior)\s+(?:with|who|over)|"
    r"(?:older\s+adults|seniors|the\s+elderly|older\s+people)\s+(?:with\s+(?:\w+\s+){0,3}?)?(?:in\s+general|generally)|regardless\s+of\s+(?:age|cause|the\s+cause|whether|their|your)|no\s+matter\s+(?:your|their|how\s+old|what\s+age|the\s+cause)|"
    r"the\s+key\s+to\s+(?:\w+\s+){0,2}?(?:back\s+pain|your\s+back|bad\s+backs?|back\s+care)|(?:treatment|therapy|option)\s+of\s+choice\s+for\b|first-line\s+(?:treatment|therapy)\s+for\b|"
    r"(?:standard\s+of\s+care|gold\s+standard|most\s+effective\s+(?:treatment|therapy|approach|option))\s+for\s+(?:\w+\s+){0,2}?(?:back|older|seniors|the\s+elderly)|"
    r"(?:older\s+(?:people|adults)|seniors|the\s+elderly)\s+with\s+(?:\w+\s+){0,3}?back(?:\s+pain)?,?\s+full\s+stop|whether\s+you(?:'re|\s+are)\s+\d+\s+or\s+\d+|the\s+(?:answer|solution|cure)\s+(?:to|for)\s+(?:\w+\s+){0,2}?back\s+pain|"
    r"people\s+of\s+all\s+ages|all\s+back\s+pain|all\s+forms\s+of\s+back\s+pain|any\s+kind\s+of\s+back\s+pain)"
)
NOT_GENERALISED = re.compile(
    r"\b(?:not|never|n't)\s+[\"'(]?(?:\w+\s+){0,4}?(?:everyone|everybody|all|every|any)\b|\bnot\s+(?:necessarily\s+)?for\s+everyone\b"
    r"|\bsame\s+(?:\w+\s+){0,2}?for\s+(?:everyone|everybody|all)\b"  # "Same dose for everyone": the design, not a claim
)
#: "It would be a mistake to treat this as a cure", "rather than older adults in general": the
#: wording that follows is denied, not claimed.
DENIED_FRAME = re.compile(r"\b(?:mistake|wrong|misleading|unwise|premature|too\s+early|a\s+stretch)\s+to\b|\b(?:rather\s+than|instead\s+of|not)\s+(?:\w+\s+){0,3}$")
PAIN_OUTCOME = re.compile(
    r"\b(?:reduc\w*|decreas\w*|less(?:en\w*)?|lower(?:ed|ing|s)|reliev\w*|eas(?:e|es|ed|ing)|alleviat\w*|temper\w*|cut|curb\w*|sooth\w*|"
    r"improv\w*|end(?:s|ed)?|cur(?:e|es|ed|ing)|fix(?:es|ed)?|eliminat\w*|slash\w*|beat(?:s)?|banish\w*)\s+"
    r"(?:(?:in|of|their|the|your|participants'|people's|chronic|low|lower|long-term|persistent|back|low-back|overall|daily|"
    r"and|significantly|dramatically|markedly|substantially|greatly|greater|a|an|reduction|older|adults'|significant)\s+){0,5}?pain\b"
    r"(?![\s-]*(?:-?related|related|disability))"
    r"|\bpain\s+(?:\w+\s+){0,2}?(?:fell|dropped|decreased|eased|improved|subsided|went\s+down|reduction|relief|declined|lessened|disappeared|vanished|faded)\b"
    r"|\bpain\s+(?:\w+\s+){0,2}?(?:disappeared|vanished|went\s+away|melted\s+away|was\s+gone|slashed|was\s+slashed|halved|plummeted|was\s+cut)\b|\bgoodbye\s+to\s+(?:\w+\s+){0,2}?pain\b"
    r"|\b(?:less|reduced)\s+(?:back\s+)?pain\b|\b(?:less|reduced|lower)\s+lbp\b|\bpain\s+relief\b|\brelief\s+(?:from|of)\s+(?:\w+\s+){0,2}?pain\b|\b(?:took|takes?|taking)\s+(?:the\s+)?pain\s+(?:out|away)\b|\b(?:backs?|back\s+pain)\s+hurt\s+less\b|\bpain-free\b|\bfree\s+of\s+pain\b"
)
SHARE = re.compile(
    r"(?P<q>(?:nearly|almost|about|around|roughly|approximately|some|just\s+over|just\s+under|more\s+than|over|fewer\s+than|less\s+than|under|at\s+least)\s+)?"
    r"(?:(?P<pct>\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)|(?P<frac>half|a\s+third|one[- ]third|1\s*-?\s*third|a\s+quarter|1\s*-?\s*quarter|two[- ]thirds|2\s*-?\s*thirds|three[- ]quarters|3\s*-?\s*quarters)\b|(?P<n>\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<d>\d+)\b)"
)
RATIO = re.compile(r"\b(?:doubl(?:e|es|ed|ing)|twice\s+as|two-fold|twofold|2-fold|three\s+times|triple[ds]?|tripling|3\s+times\s+as|2\s+times\s+as)\b")
RESPONDER_CUE = re.compile(
    r"\bhalv(?:ed|es|ing|e)\b|\bcut\s+(?:\w+\s+){0,3}?in\s+half\b|\b50\s*(?:%|percent)\s+or\s+(?:more|greater)\b|\bat\s+least\s+half\b"
    r"|(?:≥|>=|\bat\s+least\s+(?:an?\s+)?)\s*50\s*(?:%|percent)|\b50\s*(?:%|percent)\s+(?:\w+\s+)?(?:drop|reduction|decrease|cut|fall|improvement)\b"
    r"|\bsubstantial(?:ly)?\b|\bmeaningful(?:ly)?\b|\bresponders?\b|\bimprovers\b|\b(?:big|large|major|sizeable|sizable)\s+(?:gains?|improvements?|jumps?|increases?|boosts?)\b|\bmarked\s+improvement\b|\bmajor\s+(?:gains?|improvements?)\b|\bclinically\b"
)
DIFFERED = re.compile(r"\b(?:differed|differ|(?<!\ba\s)(?<!\ban\s)different|a\s+(?:clear\s+|real\s+)?difference|diverged)\b")
ONLY_ARM = re.compile(r"\bonly\s+(?:the\s+)?(?:hip|spine)\b")
ADVICE = re.compile(
    r"\b(?:should|must|need\s+to|ought\s+to)\s+(?:all\s+|now\s+|always\s+|immediately\s+)?(?:ask|try|do|get|start|switch|work|strengthen|see|choose|request|demand|insist|focus|add|include|use|go|seek|book|be\s+(?:doing|offered|given|treated|prescribed))\b"
    r"|\b(?:ask|insist)\s+(?:for|on)\s+hip\b|\bworth\s+trying\s+first\b|\bgo\s+and\s+(?:do|get|try|start)\b"
)
CORRECTION = re.compile(r"\b(?:in\s+fact|actually|in\s+reality|in\s+truth|however|but|the\s+(?:trial|study|record|paper)\s+(?:found|shows?|showed|reported))\b")
DEFINITION_PCT = re.compile(r"^\s*(?:or\s+(?:more|greater|better|larger)|reduction|improvement|drop|decrease|cut|gain|increase|better|faster|less|more|lower|higher)\b")
