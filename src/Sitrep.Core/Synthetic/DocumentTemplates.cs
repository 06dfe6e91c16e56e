namespace Sitrep.Core.Synthetic;

/// <summary>
/// The wording of <see cref="CorpusGenerator"/>'s documents, all written for it. Slots: {A1} {A2} actors as told,
/// {S1} {S2} their short names (headlines), {P} the place as told, {PN} its bare name, {G} the governorate,
/// {D} the date phrase (" on June 25", possibly empty), {N} the count with its noun ("at least 15 suspects"),
/// {X} the count in a headline, {H} a hedging adverb ("reportedly " or empty), {T} a topic.
/// Event sentences use plain past-tense reporting verbs because the extractor is rule based; filler sentences avoid
/// trigger words (attack, arrest, protest, talks, order, ...) so that they add length, not phantom events.
/// </summary>
internal static class DocumentTemplates
{
    /// <summary>How one kind of event is told: main sentences, follow-up details, headlines, the counted noun.</summary>
    internal sealed record KindWords(string[] Main, string[] Details, string[] Headlines, string Singular, string Plural,
        string[]? ZeroMain = null, string[]? ZeroHeadlines = null);

    public static readonly KindWords Rocket = new(
        Main:
        [
            "{A1} {H}fired {N} at {P}{D}.",
            "{N} {H}struck {P}{D}, according to the Security Media Cell.",
            "{A1} {H}launched {N} at {P}{D}.",
            "{D0}{A1} {H}fired {N} toward {P}.",
            "{N} {H}landed inside {P}{D}.",
            "{A1} {H}targeted {P} with {N}{D}.",
        ],
        Details:
        [
            "The base hosts Iraqi units alongside personnel of the US-led Coalition.",
            "No casualties were reported, and damage appeared limited to a storage area.",
            "Iraqi forces later located the launch site in an orchard a few kilometers away.",
            "No group has taken credit so far.",
            "A Coalition spokesperson said the incident caused minor damage and no injuries.",
            "Investigators recovered the remains of a makeshift launcher mounted on a pickup truck.",
            "Residents near the perimeter said they heard several loud bangs shortly before midnight.",
            "The Coalition has reduced its footprint at several sites in recent months, but personnel remain at this location.",
        ],
        Headlines:
        [
            "Rockets Target {PN}",
            "{X} Rockets Strike {PN}",
            "Militants Fire Rockets at {PN}",
            "Rocket Fire Hits {PN} Again",
            "Katyusha Rockets Land Inside {PN}",
        ],
        Singular: "rocket", Plural: "rockets");

    public static readonly KindWords Ied = new(
        Main:
        [
            "An improvised explosive device (IED) {H}detonated near a patrol of {A2} in {P}{D}, killing {N}.",
            "A roadside bomb {H}struck a vehicle of {A2} near {P}{D}, killing {N}.",
            "{A1} {H}detonated an IED against {A2} in {P}{D}, killing {N}.",
            "{N} {H}were killed when an explosive device hit their vehicle near {P}{D}.",
            "An IED {H}exploded on the road outside {P}{D}, killing {N} from {A2}.",
        ],
        Details:
        [
            "Two others were wounded and taken to a hospital in the provincial capital.",
            "Security forces cordoned off the area and searched nearby farms.",
            "The road links several villages that ISIS cells have used as transit routes.",
            "Local officials said the device had been buried under the asphalt the night before.",
            "ISIS did not immediately take credit, but the method matches its recent activity in the area.",
            "The patrol was returning from a routine search of the surrounding orchards.",
        ],
        Headlines:
        [
            "IED Kills {X} near {PN}",
            "Roadside Bomb Kills {X} Security Personnel near {PN}",
            "ISIS Bomb Hits Army Patrol in {PN}",
            "Deadly Blast Targets Security Forces near {PN}",
        ],
        Singular: "soldier", Plural: "soldiers",
        ZeroMain:
        [
            "An improvised explosive device (IED) {H}detonated near a patrol of {A2} in {P}{D}, causing no casualties.",
            "A roadside bomb {H}exploded near a vehicle of {A2} outside {P}{D}; no one was hurt.",
            "{A1} {H}detonated an IED on the road near {P}{D}, damaging a vehicle of {A2}.",
        ],
        ZeroHeadlines:
        [
            "IED Detonates near Patrol in {PN}",
            "Roadside Bomb Misses Army Patrol near {PN}",
        ]);

    public static readonly KindWords Clash = new(
        Main:
        [
            "{A2} {H}clashed with {A1} near {P}{D}, killing {N}.",
            "{A2} {H}exchanged fire with {A1} in {P}{D}; {N} were killed.",
            "{A1} {H}attacked a checkpoint of {A2} near {P}{D}, and {N} were killed in the fighting.",
            "{A1} {H}ambushed {A2} outside {P}{D}, killing {N}.",
        ],
        Details:
        [
            "The fighting lasted several hours before reinforcements arrived from the district center.",
            "The attackers fled toward the nearby valleys after the exchange of fire.",
            "Army aviation supported the ground forces during the engagement.",
            "Officials said the militants used night-vision equipment and small arms.",
            "The area has seen repeated incidents since the spring as ISIS cells move between hideouts.",
        ],
        Headlines:
        [
            "Clashes with ISIS near {PN} Leave {X} Dead",
            "{S2} Clash with Militants in {PN}",
            "Militants Ambush Security Forces near {PN}",
            "Firefight near {PN} Kills {X}",
        ],
        Singular: "militant", Plural: "militants",
        ZeroMain:
        [
            "{A2} {H}clashed with {A1} near {P}{D}; no casualties were reported.",
            "{A1} {H}attacked a checkpoint of {A2} near {P}{D} before withdrawing.",
        ],
        ZeroHeadlines:
        [
            "Security Forces Clash with ISIS near {PN}",
            "Militants Attack Checkpoint near {PN}",
        ]);

    public static readonly KindWords Arrest = new(
        Main:
        [
            "{A1} {H}arrested {N} in {P}{D}.",
            "{A1} {H}detained {N} during a search operation in {P}{D}.",
            "{N} {H}were arrested by {A1} in {P}{D}.",
            "{D0}{A1} {H}apprehended {N} in {P}.",
            "{A1} {H}rounded up {N} in {P}{D}.",
        ],
        Details:
        [
            "The suspects are wanted under the anti-terrorism law.",
            "Officials said the men had provided shelter and supplies to ISIS cells in the area.",
            "The detainees were taken to an intelligence facility for questioning.",
            "Security officials said the suspects had been under surveillance for several weeks.",
            "Two of the men are believed to be local financiers for the group.",
            "None of the suspects resisted.",
        ],
        Headlines:
        [
            "{S1} Arrests {X} Suspects in {PN}",
            "Security Forces Detain {X} in {PN}",
            "{X} ISIS Suspects Arrested in {PN}",
            "Arrest Campaign Nets Suspects in {PN}",
        ],
        Singular: "suspect", Plural: "suspects");

    public static readonly KindWords Raid = new(
        Main:
        [
            "{A1} {H}raided a {A2} headquarters in {P}{D} and detained {N}.",
            "{A1} {H}raided a site belonging to {A2} in {P}{D}, detaining {N}.",
            "{D0}{A1} {H}raided a {A2} compound in {P} and arrested {N}.",
            "{A1} {H}stormed the headquarters of {A2} in {P}{D} and took {N} into custody.",
        ],
        Details:
        [
            "Officials said the group was preparing to launch rockets at diplomatic sites.",
            "The detainees were handed to the custody of the Joint Operations Command.",
            "Militia members gathered near government buildings in the hours after the raid.",
            "The raid was the most direct move against an Iran-backed militia in months.",
            "Security forces also confiscated rocket launchers and ammunition at the site.",
            "Militia leaders described the raid as a provocation and demanded the detainees be handed over.",
        ],
        Headlines:
        [
            "{S1} Raids {S2} Site in {PN}",
            "Security Forces Raid Militia Headquarters in {PN}, Detain {X}",
            "{S1} Detains {X} {S2} Members in {PN} Raid",
        ],
        Singular: "member", Plural: "members");

    public static readonly KindWords Seizure = new(
        Main:
        [
            "{A1} {H}seized a weapons cache containing {N} near {P}{D}.",
            "{A1} {H}found {N} and a launcher in an orchard near {P}{D}.",
            "{A1} {H}dismantled a launch platform loaded with {N} in {P}{D}.",
            "{D0}{A1} {H}seized {N} and a quantity of explosives in {P}.",
            "{A1} {H}confiscated {N} hidden in a farmhouse outside {P}{D}.",
        ],
        Details:
        [
            "Engineers disposed of the ordnance in a controlled area.",
            "The launchers were aimed toward a nearby base, according to officials.",
            "The cache also held mortar rounds and several assault rifles.",
            "Officials said the launchers were set on timers.",
            "Security forces searched neighboring farms but made no further finds.",
        ],
        Headlines:
        [
            "Security Forces Seize Rockets near {PN}",
            "{S1} Finds Weapons Cache in {PN}",
            "Rocket Launch Platform Dismantled in {PN}",
        ],
        Singular: "rocket", Plural: "rockets");

    public static readonly KindWords Protest = new(
        Main:
        [
            "{N} {H}protested in {P}{D} to demand {T}.",
            "{N} {H}rallied in {P}{D} over {T}.",
            "{N} {H}demonstrated in {P}{D}, demanding {T}.",
            "{D0}{N} {H}took to the streets of {P} to demand {T}.",
            "{N} {H}staged a sit-in in {P}{D} to demand {T}.",
        ],
        Details:
        [
            "Security forces kept their distance, and the gathering ended peacefully by the evening.",
            "Organizers said they would return every day until their demands were met.",
            "Participants blocked a main road for several hours.",
            "Local officials promised to pass the demands on to the federal government.",
            "Police formed a cordon around the provincial council building.",
        ],
        Headlines:
        [
            "Protesters in {PN} Demand Services",
            "{X} Rally in {PN}",
            "Demonstrations Continue in {PN}",
            "Residents of {PN} Take to the Streets",
        ],
        Singular: "protester", Plural: "protesters");

    public static readonly KindWords Statement = new(
        Main:
        [
            "{A1} {H}condemned {T} in a statement{D}.",
            "{A1} {H}called for action on {T}{D}.",
            "{A1} {H}issued a statement{D} criticizing {T}.",
            "{D0}{A1} {H}warned that {T} threatens stability.",
            "In a televised address{D}, {A1} {H}demanded a solution to {T}.",
            "{A1} {H}criticized the government's handling of {T} during a press conference in {P}{D}.",
        ],
        Details:
        [
            "The remarks came after several days of rising tension in the capital.",
            "Political observers read the message as aimed at the prime minister.",
            "Rival blocs responded with their own comments later in the day.",
            "The statement was widely shared on social media.",
        ],
        Headlines:
        [
            "{S1} Speaks Out on Government Policy",
            "{S1} Statement Targets Government",
            "{S1} Demands Government Action",
        ],
        Singular: "", Plural: "");

    public static readonly KindWords Order = new(
        Main:
        [
            "{A1} {H}ordered an investigation into {T}{D}.",
            "{D0}{A1} {H}ordered the formation of a committee to review {T}.",
            "{A1} {H}directed security commanders in {G} to address {T}{D}.",
            "{A1} {H}instructed the relevant ministries{D} to resolve {T} within thirty days.",
        ],
        Details:
        [
            "The committee is expected to report its findings within a month.",
            "Officials said the directive applies to all federal agencies.",
            "Previous investigations of this kind have rarely led to prosecutions.",
        ],
        Headlines:
        [
            "{S1} Orders Investigation",
            "{S1} Orders Review",
        ],
        Singular: "", Plural: "");

    public static readonly KindWords Release = new(
        Main:
        [
            "{A1} {H}released {N} in {P}{D}.",
            "A court in {P} {H}freed {N}{D} for lack of evidence.",
            "{D0}{A1} {H}released {N} who had been held in {P}.",
            "{N} {H}were released on bail in {P}{D}.",
        ],
        Details:
        [
            "Relatives had waited outside the facility since the morning.",
            "Their lawyers said the men had been held without charge.",
            "The remaining detainees are expected to appear before an investigative judge.",
            "Officials gave no reason for the decision.",
        ],
        Headlines:
        [
            "{X} Detainees Freed in {PN}",
            "Court Frees Detainees in {PN}",
            "Authorities Release Detainees in {PN}",
        ],
        Singular: "detainee", Plural: "detainees");

    /// <summary>Reasons people take to the streets, as objects of "demand"/"over".</summary>
    public static readonly string[] ProtestTopics =
    [
        "jobs and better public services", "an end to daily power cuts", "the payment of overdue salaries",
        "accountability for corruption", "clean drinking water", "a new provincial governor", "permanent contracts for lecturers",
        "compensation for flooded farmland", "the reinstatement of contract workers", "housing for displaced families",
        "repairs to the local hospital", "lower fuel prices",
    ];

    /// <summary>Subjects of statements and orders, written to fit "condemned/criticized/address ...".</summary>
    public static readonly string[] StatementTopics =
    [
        "the delay in paying public sector salaries", "foreign interference in Iraqi affairs", "the presence of foreign troops in Iraq",
        "corruption at the border ports", "the electricity shortages in the southern provinces", "the timetable for early elections",
        "the draft federal budget", "the water shortage along the Euphrates", "the slow return of displaced families",
        "the collapse in oil revenue", "Turkish military activity in the Kurdistan Region", "the spread of COVID-19 in the provinces",
        "the smuggling of goods through unofficial crossings", "the rising unemployment among young graduates",
    ];

    /// <summary>Hedging adverbs placed before the verb.</summary>
    public static readonly string[] HedgeAdverbs = ["reportedly ", "allegedly ", "apparently "];

    /// <summary>Attributions placed before a whole sentence.</summary>
    public static readonly string[] HedgePrefixes =
    [
        "According to a security source, ", "A police source said that ", "Local media reported that ",
        "Security officials told reporters that ", "According to unconfirmed reports, ", "A local official said that ",
        "According to the Security Media Cell, ", "Sources close to the investigation said that ",
    ];

    /// <summary>Attributions placed after a whole sentence (replacing its final period).</summary>
    public static readonly string[] HedgeSuffixes =
    [
        ", according to a security source.", ", a police officer told local media.", ", local outlets reported.",
        ", according to two officials who spoke on condition of anonymity.", ", a provincial official said.",
    ];

    /// <summary>Sitrep-style assessments: short, analytical, with place and actor slots.</summary>
    public static readonly string[] Assessments =
    [
        "The incident is consistent with the pattern of low-level insurgent activity in {G} over recent months.",
        "ISIS cells likely seek to exploit the gap between federal forces and the Peshmerga in the disputed territories.",
        "Iran-aligned militias likely intend to raise the cost of the Coalition presence ahead of the strategic dialogue.",
        "Iraqi forces have struggled to hold rural terrain in {G} once clearing units move on.",
        "The frequency of such incidents in {G} has remained roughly stable since the start of the year.",
        "Militia front groups increasingly use new names to give their patrons deniability.",
        "Security in {G} is likely to deteriorate if the dispute over salaries drags on into the summer.",
        "The government lacks the capacity to pursue every cell at once and is prioritizing the main supply routes.",
        "Local commanders in {G} face pressure from tribal leaders to show visible results.",
        "The timing suggests coordination with the wider campaign of pressure on the Coalition.",
        "ISIS remains capable of small, frequent operations but shows no sign of holding ground.",
        "Provincial officials in {G} have asked Baghdad for additional resources several times this year.",
        "The security vacuum in the rural districts of {G} allows cells to move with little interference.",
        "The prime minister likely wants to demonstrate that the state can act against armed groups without provoking an open confrontation.",
        "Militia leaders will likely use the episode to rally their base and portray the government as a foreign instrument.",
        "This report will be updated as further details become available.",
        "Federal and Kurdish forces still lack a joint mechanism to secure the boundary areas in {G}.",
        "Economic grievances in {G} continue to feed public anger at the political class.",
    ];

    /// <summary>News-style background sentences: longer, explanatory prose.</summary>
    public static readonly string[] Background =
    [
        "ISIS lost its last urban strongholds in Iraq in 2017, but the group's remnants still operate in the deserts and mountains of the north and west.",
        "The Popular Mobilization Forces were formed in 2014 to fight ISIS and have since become a powerful political and economic force.",
        "Several of the factions inside the PMF are close to Iran and answer to their own leaders rather than to the prime minister.",
        "The government depends on oil for more than ninety percent of its revenue, and the fall in prices has left it struggling to pay public wages.",
        "Residents of {G} have long complained that reconstruction funds rarely reach their towns.",
        "Many families displaced during the war against ISIS have still not returned to their homes in {G}.",
        "The area around {PN} is mostly farmland, crossed by irrigation canals and narrow dirt roads that are hard to patrol.",
        "Unemployment among young Iraqis is high, and public sector jobs remain the main source of stable income.",
        "Summer temperatures in southern Iraq regularly exceed fifty degrees Celsius, and the power grid cannot keep up with demand.",
        "The US-led Coalition has shifted from combat to advising Iraqi forces, and its personnel now work from a handful of Iraqi bases.",
        "Relations between Baghdad and the Kurdistan Regional Government remain strained over oil exports and the federal budget.",
        "Security responsibility in {G} is divided among the army, the police, the PMF and, in some districts, tribal forces.",
        "Analysts say the pace of incidents tends to rise during harvest season, when cells extort farmers for money and supplies.",
        "Water levels in the Tigris and Euphrates have dropped in recent years because of upstream dams and a changing climate.",
        "Electricity imports from Iran cover a significant share of Iraq's needs, which makes the grid vulnerable to political pressure.",
        "Local journalists say they face growing pressure when they cover the activities of armed groups.",
        "Provincial councils have not sat since 2019, which leaves governors to run local affairs with little oversight.",
        "Smuggling networks along the borders profit from weak controls and, according to officials, from the protection of armed groups.",
        "Observers note that many incidents in {G} go unreported because the affected villages are remote.",
        "The COVID-19 pandemic has added strain to hospitals that were already short of staff and equipment.",
        "The country's population is young and growing fast, and each year hundreds of thousands of graduates enter the job market.",
        "The border with Syria remains porous in places despite new fences, watchtowers and thermal cameras.",
        "Tribal leaders in {G} often act as mediators between the security forces and local communities.",
        "The disputed territories, claimed by both Baghdad and Erbil, stretch from Sinjar in the west to Khanaqin in the east.",
        "Iraqi officials often point to improved intelligence work as the main reason for the lower level of violence compared with previous years.",
        "The Kurdistan Region has its own security forces, the Peshmerga and the Asayish, which coordinate with federal forces only in some areas.",
        "Iraq's political system shares out senior posts among parties along sectarian and ethnic lines, an arrangement many young Iraqis reject.",
        "Reconstruction of Mosul's old city is still far from complete, and many of its historic buildings remain in ruins.",
        "The government has promised to bring all weapons under state control, a pledge its predecessors also made.",
        "Diplomats in Baghdad say the coming months will test the government's ability to balance its relations with Washington and Tehran.",
    ];

    /// <summary>Who holds a view, for composed background sentences ("{who} say {claim}{tail}.").</summary>
    public static readonly string[] Holders =
    [
        "Analysts say", "Local officials in {G} say", "Residents of {PN} say", "A senior security official in {G} said",
        "Western diplomats believe", "Iraqi commentators argue", "Tribal elders in {G} say", "Aid workers in {G} report",
        "Several lawmakers from {G} say", "Observers in Baghdad note", "Shopkeepers in {PN} say", "Former officers in {G} believe",
    ];

    public static readonly string[] Claims =
    [
        "that the security situation in {G} remains fragile", "that economic hardship is pushing young men toward armed groups",
        "that checkpoints around {PN} do little to stop the movement of cells at night",
        "that the state's presence in rural {G} is thin after dark", "that delayed salaries have hurt the morale of local police",
        "that the rivalry between armed factions is increasingly about money rather than ideology",
        "that public trust in the provincial administration is at a low point",
        "that the next few months will be decisive for the government's credibility",
        "that intelligence sharing between federal and local forces has improved",
        "that the roads around {PN} are safer than a year ago but still risky at night",
        "that reconstruction money has been slow to arrive in {G}", "that smuggling remains the most profitable business in the area",
        "that families who fled the fighting are reluctant to come back without jobs or schools",
        "that the armed groups in {G} know the terrain far better than the units sent to patrol it",
        "that political parties treat ministries as sources of jobs for their followers",
        "that the harvest season brings more movement on rural roads and more opportunities for extortion",
        "that people in {PN} mostly worry about electricity, water and work", "that few expect the situation to change quickly",
        "that the border areas remain difficult to monitor despite new equipment",
        "that the influence of armed factions over local business has grown since 2017",
        "that courts in {G} are overloaded with terrorism cases", "that local radio and social media spread rumours faster than officials can respond",
        "that the water shortage has forced farmers around {PN} to leave their land",
        "that youth unemployment in {G} is the highest it has been in a decade",
    ];

    public static readonly string[] Tails =
    [
        "", "", "", ", although official figures suggest otherwise", ", a view shared by many in Baghdad",
        ", and they expect little change before the elections", ", especially in the districts along the river",
        ", despite repeated promises from the capital", ", even if the authorities rarely say so in public",
    ];

    /// <summary>Composed sitrep forecasts ("{subject} will likely {prediction} {when}.").</summary>
    public static readonly string[] ForecastSubjects =
    [
        "ISIS", "Iran-aligned militias", "Iraqi security forces", "Local authorities", "Militia front groups", "Kurdish authorities",
        "Protest organizers", "Provincial officials in {G}", "Armed factions in {G}",
    ];

    public static readonly string[] ForecastPredicates =
    [
        "keep up the current tempo", "exploit any gap in coverage", "avoid a direct confrontation", "use the coming weeks to consolidate gains",
        "test the limits of the government's tolerance", "focus on the rural districts of {G}", "look for new sources of revenue",
        "adjust their approach after the recent pressure", "try to shape the public narrative through social media",
        "seek support from tribal leaders", "press Baghdad for more resources", "wait for the political situation to settle",
    ];

    public static readonly string[] ForecastWhens =
    [
        "in the coming weeks", "over the next reporting period", "before the summer", "in the near term", "as long as the budget dispute continues",
        "for the foreseeable future",
    ];

    /// <summary>Quotes from people on the ground.</summary>
    public static readonly string[] Quotes =
    [
        "\"We hear about these incidents every week, and nothing changes,\" said a shopkeeper in {PN}.",
        "\"People are tired. They want work and electricity, not speeches,\" a teacher in {G} said.",
        "\"The roads are quieter than two years ago, but nobody drives at night,\" said a taxi driver from {PN}.",
        "\"We need more men and better equipment to cover this area,\" a police officer in {G} said, asking not to be named.",
        "\"The young men here have nothing to do,\" said a tribal elder near {PN}.",
        "\"Every family in this district has lost someone,\" a local official in {G} said.",
        "\"We are waiting for the government to keep its word,\" said a farmer outside {PN}.",
        "\"The situation can change very quickly here,\" said an aid worker who has spent years in {G}.",
    ];

    /// <summary>Sentences that introduce a second, separate event in a news article.</summary>
    public static readonly string[] SeparateIncident =
    [
        "In a separate incident, ", "Elsewhere, ", "Separately, ", "In another development, ", "Meanwhile, ",
    ];

    /// <summary>Key takeaway openings for situation reports.</summary>
    public static readonly string[] TakeawayOpenings =
    [
        "Iraqi security forces kept up pressure on ISIS cells across {G} while Iran-aligned militias tested the government's resolve.",
        "The reporting period was dominated by events in {G}, where security forces and armed groups both stepped up their activity.",
        "Violence in {G} stayed at the level of recent weeks, while political tension in Baghdad continued to rise.",
        "Militia pressure on the Coalition and low-level ISIS activity in {G} defined the reporting period.",
        "The government's efforts to assert control over armed groups faced their most serious test of the period in {G}.",
    ];

    /// <summary>Title forms for situation reports; the period goes last because metadata detection reads it from there.</summary>
    public static readonly string[] SitrepTitles =
    [
        "{R} Situation Report: {PERIOD}", "{R} Security Situation Report: {PERIOD}", "Situation Report, {R}: {PERIOD}",
    ];

    public static readonly string[] Bylines = ["By Staff Reporter", "By our correspondent in Baghdad", "By News Desk", "By Security Desk"];

    private static readonly string[] NumberWords =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    public static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static readonly string[] ShortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static string Word(int n) => n >= 0 && n < NumberWords.Length ? NumberWords[n] : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>First words that may be lower-cased when an attribution is put before the sentence.</summary>
    public static readonly HashSet<string> CommonStarts = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "Several", "Dozens", "Hundreds", "Over", "At", "More", "Around", "About", "Nearly", "Roughly",
        "Some", "Up", "Unidentified", "Unknown", "Suspected", "Security", "Gunmen", "Militants", "Protesters",
        "Demonstrators", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
        "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty", "In", "Police", "On",
    };
}
