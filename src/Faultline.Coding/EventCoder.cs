using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Faultline.Core;
using Faultline.Nlp;

namespace Faultline.Coding;

/// <summary>Verb lemma → CAMEO code, refined by the object or particle that follows (PETRARCH-2 patterns, simplified).</summary>
public sealed class VerbDictionary
{
    readonly FrozenDictionary<string, string> defaults;
    readonly FrozenDictionary<(string, string), string> patterns;

    VerbDictionary(FrozenDictionary<string, string> defaults, FrozenDictionary<(string, string), string> patterns)
    {
        this.defaults = defaults;
        this.patterns = patterns;
    }

    public static VerbDictionary Load(string dataDir)
    {
        var path = Path.Combine(dataDir, "coding", "verbs.tsv");
        if (!File.Exists(path)) throw new FileNotFoundException($"verb dictionary not found: {path}", path);
        var defaults = new Dictionary<string, string>();
        var patterns = new Dictionary<(string, string), string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 3) continue;
            if (f[2].Length == 0) defaults.TryAdd(f[0], f[1]);
            else patterns.TryAdd((f[0], f[2]), f[1]);
        }
        // statements and comments carry their speaker's words; vaguer verbs that PETRARCH codes 010 are left out
        foreach (var (lemma, code) in Overrides) defaults[lemma] = code;
        foreach (var (verbs, words, code) in PatternOverrides)
            foreach (var verb in verbs.Split(' '))
                foreach (var word in words.Split(' ')) patterns[(verb, word)] = code;
        foreach (var lemma in NotEvents) defaults.Remove(lemma);
        return new VerbDictionary(defaults.ToFrozenDictionary(), patterns.ToFrozenDictionary());
    }

    /// <summary>Corrections to PETRARCH-2's defaults for verbs common in conflict news.</summary>
    static readonly (string, string)[] Overrides =
    [
        ("kill", "190"), ("strike", "190"), ("shell", "194"), ("bomb", "195"), ("airstrike", "195"), ("sign", "057"),
        ("urge", "020"), ("deny", "016"), ("reject", "120"), ("accuse", "112"), ("blame", "112"), ("criticize", "111"),
        ("criticise", "111"), ("condemn", "111"), ("denounce", "111"), ("warn", "130"), ("threaten", "130"), ("arrest", "173"),
        ("detain", "173"), ("abduct", "181"), ("kidnap", "181"), ("assassinate", "186"), ("meet", "040"), ("host", "043"),
        ("visit", "042"), ("negotiate", "046"), ("mediate", "045"), ("praise", "051"), ("welcome", "051"), ("support", "051"),
        ("impose", "163"), ("expel", "174"), ("invade", "192"), ("occupy", "192"), ("seize", "192"), ("capture", "192"),
        ("ambush", "190"), ("raid", "190"), ("attack", "190"), ("target", "190"), ("fire", "190"), ("clash", "190"),
        ("fight", "190"), ("protest", "140"), ("demonstrate", "141"), ("release", "0841"), ("free", "0841"), ("withdraw", "0874"),
        ("retreat", "0874"), ("resign", "0831"), ("evacuate", "0874"), ("ratify", "057"), ("agree", "030"), ("pledge", "030"),
        ("promise", "030"), ("aid", "070"), ("donate", "070"), ("deploy", "150"), ("mobilize", "150"), ("mobilise", "150"),
        ("sanction", "163"), ("ban", "172"), ("boycott", "163"), ("suspend", "160"), ("investigate", "090"),
        ("probe", "090"), ("demand", "100"), ("call", "100"), ("appeal", "020"), ("ask", "020"), ("request", "020"),
        ("rally", "141"), ("convict", "116"), ("indict", "1121"), ("renege", "120"), ("pressure", "100"), ("disperse", "175"), ("say", "010"), ("tell", "010"), ("announce", "010"), ("accept", "081"), ("refuse", "120"), ("extradite", "063"), ("admit", "015"), ("hack", "176"),
        // revealing and arguing are saying ("revealed plans to expand the fleet", "argued that only socialism can bring
        // equality"), not cooperation (050) or disapproval (110), which arguing against something still is (below)
        ("reveal", "010"), ("argue", "010"),
        ("dismiss", "120"), ("claim", "010"), ("allege", "112"), ("retake", "192"), ("recapture", "192"), ("overrun", "192"), ("hand", "070"), ("give", "070"), ("provide", "070"), ("grant", "070"), ("send", "070"), ("deliver", "070"), ("surrender", "0874"),
        ("demobilize", "0873"), ("disarm", "0873"), ("lift", "081"), ("dispatch", "042"), ("renew", "030"), ("upgrade", "051"),
        ("share", "062"), ("concede", "080"), ("sue", "115"), ("summon", "111"), ("complain", "111"), ("oppose", "120"), ("veto", "120"),
        ("bar", "172"), ("fine", "172"), ("march", "141"), ("riot", "145"), ("retaliate", "190"),
        ("shoot", "190"), ("torture", "180"), ("execute", "180"), ("massacre", "202"), ("reinforce", "150"),
        // CAMEO names hijacking in 181 ("abduct, hijack, or take hostage"); PETRARCH-2 files it as seizing property
        ("hijack", "181"),
        // hoping is an optimistic comment (013), as CAMEO's codebook has it; PETRARCH-2's default was an appeal (020)
        ("hope", "013"),
        // South Asian papers' word for soldiers and police killed (PETRARCH-2 lacks it), and their words for killing militants
        ("martyr", "190"), ("neutralise", "190"), ("neutralize", "190"), ("eliminate", "190"),
        // mourning is a symbolic act (017), as PETRARCH-2 codes mourning a death; its default was disapproval (110)
        ("mourn", "017"),
    ];

    /// <summary>Verb + particle or object patterns that PETRARCH-2 lacks, in CAMEO's terms: asking for refuge is an appeal
    /// for humanitarian aid, receiving observers or peacekeepers is allowing international involvement, adding to one's
    /// forces is mobilising them, forcing people out is expelling them.</summary>
    static readonly (string Verbs, string Words, string Code)[] PatternOverrides =
    [
        ("seek request", "refuge asylum shelter sanctuary", "0233"),
        ("receive welcome accept admit", "observer inspector monitor", "0862"),
        ("receive welcome accept admit", "peacekeeper", "0861"),
        ("strengthen reinforce boost bolster increase expand double beef", "force troop presence army military garrison contingent deployment", "154"),
        ("strengthen reinforce boost bolster increase expand double beef", "police policeman", "153"),
        ("force drive kick", "out", "174"),
        ("return hand", "weapon arm equipment property land territory village town area helicopter aircraft plane ship vessel", "0842"),
        ("return hand", "prisoner hostage detainee captive body remains soldier national fisherman", "0841"),
        ("deny refuse", "allocation request application visa permission license licence bail asylum landing passage permit funding fund money access entry approval citizenship right", "120"),
        ("deny", "allegation claim accusation charge report involvement responsibility", "016"),
        ("violate break breach", "ceasefire truce armistice", "196"),
        ("martyr", "civilian", "202"),
        // observing or respecting a ceasefire is what was agreed, no event of its own
        ("observe respect honour honor", "ceasefire truce", "-"),
        ("gun", "down", "190"),
        // "border guards traded fire": fighting, as "exchanged fire" (PETRARCH-2 has only trade as commerce)
        ("trade", "fire gunfire shot shots", "193"),
        // cancelling or revoking a country's visas restricts its people (PETRARCH-2 lists "cancel visa" as easing too)
        ("cancel revoke", "visa", "172"),
        // closing a border crossing, a pass or a port of entry restricts those who cross it, as closing a border does
        // ("Pakistan closed the Torkham border crossing", "India closed the Attari border crossing")
        ("close shut seal", "crossing crossings pass checkpoint checkpoints", "172"),
        // tear gas is repression (175), not military force, whether or not it says at whom
        ("fire lob use", "gas teargas", "175"),
        // a grenade lobbed at a post is a bombing; an infiltration or an attack foiled is fought off
        ("lob hurl throw", "grenade grenades bomb bombs", "183"),
        ("foil thwart repulse repel", "infiltration attack attacks raid assault", "190"),
        // the Pakistani military's idiom: soldiers who "embraced martyrdom" were killed, militants "sent to hell" killed
        ("embrace attain achieve", "martyrdom shahadat", "190"),
        ("send dispatch", "hell", "190"),
        // suppressing a fighting unit is attacking it (a strike report's "suppressed an ISIL tactical unit"), not coercion
        ("suppress", "unit position team fighter militant sniper mortar gunman", "190"),
        // seizing things is confiscating property (1711), not occupying territory (192)
        ("seize capture confiscate impound", "weapon arm ammunition equipment vehicle tank truck car ship vessel boat tanker cargo shipment drone aircraft plane helicopter property asset consignment drug passport document", "1711"),
        ("express offer extend convey send", "condolence condolences sympathy sympathies", "018"),
        // (people rally against something; troops are rallied)
        ("rally", "troop force army fighter militia supporter", "150"),
        ("throw hurl pelt", "stone rock brick bottle petrol molotov", "145"),
        ("hack deface", "computer network website site server account system", "176"),
        ("establish", "tie relation", "054"),
        // "gave a warm welcome to de Klerk", "accorded a warm welcome to the visiting minister": hosting him (043)
        ("give accord extend", "welcome reception", "043"),
        ("restore resume normalize normalise", "tie relation", "050"),
        ("withdraw pull recall expel", "inspector observer monitor", "1662"),
        ("withdraw pull expel", "peacekeeper", "1661"),
        ("evacuate", "wounded injured civilian resident citizen national refugee people family child woman patient", "073"),
        // PETRARCH-2 lists these under protest ("demonstrators demanded the resignation"): a demand by whoever makes it
        ("demand", "resignation removal ouster departure", "1041"),
        ("demand", "release", "1053"),
        ("demand", "withdrawal pullout", "106"),
        ("demand", "ceasefire truce", "107"),
        ("demand", "talk negotiation meeting dialogue", "108"),
        ("demand", "investigation inquiry probe", "101"),
        // no event ("-"): attending school is no visit
        ("attend", "school university college class course lecture church mass service program programme training", "-"),
        ("make", "progress headway", "-"),
        // overcoming challenges is no fighting (PETRARCH-2's "overcome" is defeating someone)
        ("overcome", "challenge challenges difficulty difficulties obstacle obstacles difference differences problem problems hurdle hurdles barrier barriers odds fear fears setback setbacks issue issues crisis", "-"),
        ("shun stop halt suspend", "work", "143"),
        ("clear", "area neighbourhood neighborhood town village district road street", "-"),
        // appointments, electoral tallies and legislation are no CAMEO events
        ("appoint nominate name elect", "minister president prime ambassador envoy chief head commander judge governor secretary director", "-"),
        ("give hand", "vote delegate total lead seat majority edge boost chance opportunity credit impression sense name birth way victory win", "-"),
        ("sign issue", "decree order bill", "-"),
        ("leave", "people dead person", "-"),
        ("pass approve adopt", "bill law legislation budget amendment motion resolution act", "-"),
        ("give hand", "ballot ballots", "-"),
        // figures of speech: fighting corruption is no force, overturning a result no repression
        ("fight combat battle tackle", AbstractFoes, "-"),
        ("overturn reverse", "result ruling decision verdict election law ban conviction", "-"),
        ("accept", "apology", "056"),
        ("impose", "blackout", "172"),
        ("accept", "formula proposal plan offer deal terms compromise settlement resolution", "030"),
        ("accept", "invitation", "036"),
        ("tender submit offer hand", "resignation", "0831"),
        ("host", "show program programme podcast broadcast", "-"),
        // sending papers is no aid
        ("send deliver give submit", "plan letter message note request proposal document email e-mail invitation application report", "-"),
        ("damage hurt harm undermine", "trust confidence reputation credibility legitimacy sense image economy chance prospect ability", "-"),
        // reaching a figure is no blow: "the bond hit 16%", "hit a maximum of 44 dBa", "broke the record", "hits the chorus"
        ("hit beat top break surpass smash exceed match", "record high low peak milestone mark level maximum minimum target ceiling threshold degree percent point figure number chord note chorus key button headline shelf market store jackpot", "-"),
        ("fight combat battle tackle", "pollution air smog injury illness extradition charge allegation addiction", "-"),
        // dispersing people is repression (a crowd dispersing by itself is no event: "disperse" has no default)
        ("disperse", "protester demonstrator crowd worker supporter rally gathering march mob student activist people procession sit-in", "175"),
        // tariffs are slapped on goods, a blow to no one's body
        ("slap", "tariff duty tax levy", "163"),
        // hurting people is an assault (PETRARCH-2's default, 180, is kept for nothing else: "hurt U.S. companies", "hurt their party")
        ("hurt", "people person civilian child woman man protester student passenger worker resident villager officer policeman soldier", "182"),
    ];

    /// <summary>What one fights only in a figure of speech.</summary>
    internal const string AbstractFoes = "corruption dishonesty poverty crime fraud disease virus pandemic inflation hunger misinformation disinformation racism discrimination injustice change climate threat spread extremism radicalism";
    internal static readonly FrozenSet<string> AbstractFoeSet = AbstractFoes.Split(' ').ToFrozenSet();

    /// <summary>Verbs too general to be events by themselves (PETRARCH gives their blocks a default code); their
    /// objects or complements carry the event, if any ("decided to allow", "conducted raids").</summary>
    static readonly string[] NotEvents = ["be", "have", "do", "get", "make", "take", "go", "come", "add", "see", "know", "think", "include", "continue", "begin", "start", "use",
        "increase", "enhance", "improve", "link", "issue", "face", "converge", "embark", "decide", "prepare", "train", "conduct", "arrive", "become", "remain", "seem", "show", "find", "put", "keep", "set", "help", "die", "swear",
        // "served as ambassador", "led the country", "joined the party", "considered him a flight risk": roles and memberships
        "serve", "lead", "join", "consider", "compete", "disperse",
        // ("Once people hear the name of Ashodaya", "declined to hear a case": hearing is no consultation; "over a hundred
        // people attended the party", "attended the British American Drama Academy": only what the patterns name to attend
        // (a summit, meeting, conference, funeral, ceremony …) is a visit or a symbolic act)
        "hear", "attend",
        // ("He'll make you fill one out", "Wikinews interviewed Siegel to learn more": PETRARCH-2's defaults of yielding (080)
        // and consulting (040); their patterns count)
        "fill", "learn",
        // ("a doctor determined the mother was in danger", "the court determined his driving history rendered him a danger":
        // a finding, no agreement, 030)
        "determine",
        // ("family or spies are watching you")
        "watch",
        // ("she also wrestled for Senjo and JWP", "Tasmania was excluded from the study": a sport and an exclusion from a study
        // are no assault or coercion; their patterns count)
        "wrestle", "exclude",
        // ("Apple has been dealing with public outrage", "we figured out what it was": handling and working out are no
        // cooperation (050) or comment (010); "dealt a blow" still counts)
        "deal", "figure",
        // ("I am deeply disturbed by what I saw": dismay, no protest, 140; "disturbed by" stays a pessimistic comment)
        "disturb",
        // ("a redesign will pull in more buyers": no seizure, PETRARCH-2's default 171; "pulled out", "pulled back" count)
        "pull",
        // ("The debate is to be moderated by NBC News correspondent Kristen Welker": chairing a debate coerces no one, 170)
        "moderate",
        // PETRARCH-2's defaults for vague verbs ("intended to isolate", "failed to obtain any seats", "humbled by the
        // results", "the solutions we need", "authorized subpoenas", "passed the bill"): their patterns still count
        "intend", "plan", "fail", "humble", "need", "ensure", "authorize", "authorise", "pass", "approve", "leave", "total", "want", "remove",
        "inhibit", "mean", "comply", "suspect", "mar", "affect", "reward", "expand",
        // "expressed intent", "voted to hold": only their object patterns are events ("expressed condolences" 018)
        "express", "vote",
        // figures of speech far more often than force in news ("struggled to gain momentum", "record-breaking", "broke with
        // decades of policy", "tariffs hurting U.S. companies"); their patterns still count ("broke the ceasefire" 196,
        // "broke up the protest" 175)
        "struggle", "break", "hurt", "match",
        // research, far more often than an inquiry, in news ("scientists studied the samples"; "study new ways" 014 stays)
        "study",
        // ruling, founding, heading and running things are states of affairs, not cooperation, whoever is named ("Mugabe ruled
        // Zimbabwe", "bin Laden founded al-Qaeda", "the SDF controls the territory", "the court ruled", "which constitutes 650
        // employees"); PETRARCH-2 gives them its vaguest default (060); their patterns still count ("establish ties" 054)
        "rule", "govern", "head", "found", "establish", "constitute", "direct", "administer", "manage", "handle", "control", "regulate",
        "relate", "assign", "prescribe", "tend", "enact",
        // meddling is no aid ("interfered in Ukraine"), though PETRARCH-2's default makes it 070
        "interfere",
        // expecting is a forecast, no agreement ("we didn't expect much change"; "expected to visit" 036 stays), and containing
        // is holding something in, far more often than coercing anyone ("the source code contains copies", "contain the outbreak")
        "expect", "contain"];

    public (string Code, string Rule)? Find(string lemma, IEnumerable<string> nextWords)
    {
        foreach (var w in nextWords)
            if (patterns.TryGetValue((lemma, w), out var p)) return p == "-" ? null : (p, $"verb {lemma} + {w}");
        return defaults.TryGetValue(lemma, out var d) ? (d, $"verb {lemma}") : null;
    }
}

/// <summary>
/// The event coder: verb and noun triggers over the dependency parse, their arguments resolved to
/// actors, with modality, date, place and deaths. Thread-safe: all state is per call.
/// </summary>
public sealed partial class EventCoder
{
    public Ontology Ontology { get; }
    public ActorDictionary Actors { get; }
    public Gazetteer Places { get; }
    public VerbDictionary Verbs { get; }
    public NlpPipeline Nlp { get; }

    public EventCoder(NlpPipeline nlp, Ontology ontology, ActorDictionary actors, Gazetteer places, VerbDictionary verbs)
    {
        Nlp = nlp;
        Ontology = ontology;
        Actors = actors;
        Places = places;
        Verbs = verbs;
    }

    public static EventCoder Load(string dataDir, IEnumerable<string>? userActorFiles = null, string? modelDir = null, string? tagger = null,
        string? parser = null)
    {
        // the models and the dictionaries load side by side; GetResult rethrows each loader's own exception
        // (the calling thread loads the models, which load side by side themselves: no pool thread waits on another)
        var actors = Task.Run(() => ActorDictionary.Load(dataDir, userActorFiles));
        var places = Task.Run(() => Gazetteer.Load(dataDir));
        var nlp = NlpPipeline.Load(modelDir ?? Path.Combine(dataDir, "models"), tagger, parser);
        var ontology = Ontology.Load(dataDir);
        var verbs = VerbDictionary.Load(dataDir);
        return new(nlp, ontology, actors.GetAwaiter().GetResult(), places.GetAwaiter().GetResult(), verbs);
    }

    /// <summary>Noun triggers: "the airstrikes", "talks between A and B", "an attack on X".</summary>
    static readonly FrozenDictionary<string, string> NounTriggers = new Dictionary<string, string>
    {
        ["attack"] = "190", ["assault"] = "190", ["offensive"] = "190", ["raid"] = "190", ["ambush"] = "190", ["clash"] = "190",
        ["fighting"] = "190", ["fire"] = "190", ["firing"] = "190", ["gunfire"] = "190", ["cleansing"] = "203", ["suspension"] = "161", ["expulsion"] = "174", ["investigation"] = "090", ["inquiry"] = "090", ["probe"] = "090", ["hearing"] = "090", ["hunger strike"] = "142", ["general strike"] = "143", ["boycott"] = "143", ["riot"] = "145", ["airstrike"] = "195", ["strike"] = "190", ["bombing"] = "183", ["bombardment"] = "195", ["shelling"] = "194",
        ["invasion"] = "192", ["incursion"] = "192", ["assassination"] = "186", ["kidnapping"] = "181", ["abduction"] = "181",
        ["massacre"] = "202", ["talks"] = "040", ["meeting"] = "040", ["telephone conversation"] = "040", ["ceasefire violation"] = "196", ["disengagement"] = "087", ["military operation"] = "190", ["negotiations"] = "046", ["visit"] = "042", ["summit"] = "043",
        ["sanctions"] = "163", ["protest"] = "140", ["demonstration"] = "141", ["sit-in"] = "141", ["rally"] = "141", ["arrest"] = "173", ["ceasefire"] = "0871",
        ["truce"] = "0871", ["condemnation"] = "111", ["accusation"] = "112", ["threat"] = "130", ["ultimatum"] = "130", ["blockade"] = "191",
        ["crackdown"] = "175", ["deployment"] = "150", ["agreement"] = "057", ["deal"] = "057", ["accord"] = "057", ["aid"] = "070",
        ["mediation"] = "045", ["consultations"] = "040", ["demand"] = "100", ["appeal"] = "020", ["plea"] = "020", ["warning"] = "130",
        ["criticism"] = "111", ["rejection"] = "120", ["refusal"] = "120", ["apology"] = "055", ["endorsement"] = "051",
        ["military exercise"] = "150", ["state of emergency"] = "1724", ["martial law"] = "1724", ["withdrawal"] = "0874", ["pullout"] = "0874", ["embargo"] = "163", ["ban"] = "172", ["curfew"] = "1723",
        ["restrictions"] = "172", ["assistance"] = "070", ["supplies"] = "070", ["donation"] = "070", ["deportation"] = "174", ["detention"] = "173",
        ["torture"] = "180", ["shooting"] = "190", ["gunbattle"] = "190", ["firefight"] = "190", ["skirmish"] = "190", ["hostilities"] = "190", ["siege"] = "191",
    }.ToFrozenDictionary();

    static readonly FrozenSet<string> KillWords = new[] { "kill", "die", "dead", "death", "toll", "massacre", "slay", "execute", "behead", "murder", "martyr", "martyrdom", "fatality", "fatalities", "life", "lives", "hell" }.ToFrozenSet();
    static readonly FrozenSet<string> PersonNouns = new[] { "people", "person", "civilian", "soldier", "troops", "militant", "insurgent", "fighter", "rebel", "police", "policeman", "officer", "child", "woman", "man", "worker", "student", "protester", "member", "passenger", "villager", "resident", "pilgrim", "refugee", "guard", "personnel", "terrorist", "attacker", "gunman", "person",
        "infiltrator", "intruder", "assailant", "raider", "hijacker", "kidnapper", "hostage", "tourist", "smuggler", "jihadist", "extremist", "bandit", "suspect",
        // South Asian news: Indian soldiers, Maoist rebels, and the Pakistani military's name for TTP fighters
        "jawan", "jawans", "maoist", "naxal", "naxalite", "cadre", "khawarij", "khariji", "kharji", "commando",
        // people by their work, as victims are often named
        "driver", "employee", "official", "engineer", "doctor", "teacher", "nurse", "lawyer", "trader", "shopkeeper", "labourer",
        "commander", "chief", "spokesman", "spokesperson",
        "laborer", "farmer", "cleric", "imam", "priest", "vaccinator", "journalist", "reporter", "activist", "leader",
        "national", "nationals", "citizen", "citizens", "foreigner", "foreigners", "maoists", "naxals", "naxalites", "cadres", "commandos",
        "infiltrators", "terrorists", "militants" }.ToFrozenSet();
    static readonly FrozenSet<string> SpeechVerbs = new[] { "say", "tell", "announce", "state", "claim", "report", "add", "confirm", "declare", "insist", "allege", "write", "note", "warn", "conclude", "reiterate", "stress", "argue", "emphasize", "emphasise", "maintain", "remind" }.ToFrozenSet();
    // "tried to assassinate" is no intention: an attempted act is coded as the act (CAMEO)
    static readonly FrozenSet<string> IntentVerbs = new[] { "swear", "plan", "threaten", "intend", "vow", "want", "seek", "aim", "hope", "consider", "prepare", "propose", "offer", "promise", "pledge", "expect", "wish" }.ToFrozenSet();
    /// <summary>Verbs whose subject performs their object noun: "launched an attack", "held talks" (not "condemned the strikes").</summary>
    static readonly FrozenSet<string> SupportVerbs = new[] { "announce", "reiterate", "repeat", "issue", "unveil", "undertake", "implement",
        "enforce", "extend", "tighten", "initiate", "pursue", "organize", "organise", "call", "declare", "renew", "complete", "launch", "carry", "conduct", "stage", "mount", "begin", "start", "hold", "continue", "intensify", "step", "ramp", "scale", "beef", "resume", "order", "make", "wage", "unleash", "escalate", "impose", "reimpose", "reinstate", "sign", "reach", "open", "provide", "send", "deliver", "give", "offer" }.ToFrozenSet();
    /// <summary>Phrasal verbs that perform or intensify their object noun, as the support verbs do ("stepped up attacks").</summary>
    static bool SupportsWithParticle(string verb, string particle) => (verb, particle) is ("step" or "ramp" or "scale" or "beef", "up") or ("carry", "out");
    /// <summary>Adverbs that make what they qualify hearsay: "reportedly", "allegedly".</summary>
    static readonly FrozenSet<string> HearsayAdverbs = new[] { "reportedly", "allegedly", "apparently", "purportedly", "supposedly" }.ToFrozenSet();
    static readonly FrozenSet<string> Modals = new[] { "could", "would", "should", "may", "might", "will", "shall", "can", "must", "'ll", "wo", "ca" }.ToFrozenSet();
    static readonly FrozenSet<string> PlaceCases = new[] { "in", "at", "near", "inside", "outside", "across", "around", "into", "throughout", "from" }.ToFrozenSet();
    /// <summary>Verbs that mean material cooperation or aid by themselves, whatever is handed over ("extradited a militant to
    /// Britain", "donated goods"), unlike giving, sending or paying, which mean it only between political actors.</summary>
    static readonly FrozenSet<string> CooperationVerbs = new[] { "extradite", "donate", "aid", "airlift", "rescue" }.ToFrozenSet();

    static readonly FrozenSet<string> TargetCases = new[] { "against", "on", "with", "to", "at", "upon", "into", "toward", "towards", "between" }.ToFrozenSet();

    public CodedArticle Code(Article article, DateOnly? dateOverride = null)
    {
        var date = dateOverride ?? article.Published;
        var doc = Nlp.Process(article.Text, date);
        var focus = CountryFocus(doc, article.Title, date);
        LearnPeople(doc, date, focus);
        var entities = doc.Entities.Select(e => new CodedEntity(doc.SpanText(e.Start, e.End), e.Type, e.Start, e.End, EntityActor(doc, e, date))).ToList();
        var events = new List<CodedEvent>();
        var seen = new HashSet<string>();
        var sport = SportsCoverage.Read(doc);
        for (int si = 0; si < doc.Sentences.Length; si++)
        {
            var s = doc.Sentences[si];
            if (s.Kind != SentenceKind.Body || sport.Skips(si)) continue;
            CodeSentence(article, doc, s, date, focus, events, seen);
        }
        return new CodedArticle(article, entities, CountDeathsOnce(doc, MergeRepeats(events)));
    }

    /// <summary>
    /// One event per who did what to whom in a sentence: events of the same code, source (or the same unnamed one) and target said with the same
    /// sureness are one ("the operation hit the Balochistan Liberation Army and the Balochistan Liberation Front", both
    /// PAKREB; "carried out strikes inside Iran, targeting …"), and so is one with no target, or none the dictionaries
    /// know, beside one whose target they know ("A suicide bomber rammed an explosive-laden vehicle into a convoy …,
    /// killing five Chinese nationals" is one bombing of Chinese nationals, not also one of the vehicle). The one kept takes the deaths
    /// and the place the other had where it has none. Different counts of dead are different events. A target that is only
    /// the source's home country counts as none here.
    /// </summary>
    static List<CodedEvent> MergeRepeats(List<CodedEvent> events)
    {
        var kept = new List<CodedEvent>(events.Count);
        foreach (var e in events)
        {
            int same = -1;
            for (int i = kept.Count - 1; i >= 0 && kept[i].Start == e.Start && same < 0; i--)
            {
                var k = kept[i];
                bool sameCode = k.Cameo == e.Cameo;
                if (!sameCode && !OneDeed(k.Cameo, e.Cameo) || k.Modality != e.Modality || k.Source.Code != e.Source.Code || k.Source.Code is null && k.Source.Text != e.Source.Text
                    || k.Fatalities is not null && e.Fatalities is not null && k.Fatalities != e.Fatalities) continue;
                if (sameCode && (KnownTarget(k) is null || KnownTarget(e) is null) || k.Target?.Code is not null && k.Target.Code == e.Target?.Code
                    // (an injury beside the bombing that killed, by no stated source, to victims no one names: "killed five and wounded 110")
                    || !sameCode && k.Source.Text.Length == 0 && e.Source.Text.Length == 0 && k.Target?.Code is null && e.Target?.Code is null) same = i;
            }
            if (same < 0) { kept.Add(e); continue; }
            var (first, second) = kept[same].Cameo != e.Cameo ? (kept[same].Cameo is "180" or "182" ? (e, kept[same]) : (kept[same], e))
                : KnownTarget(kept[same]) is null && KnownTarget(e) is not null ? (e, kept[same]) : (kept[same], e);
            kept[same] = first with
            {
                Fatalities = first.Fatalities ?? second.Fatalities,
                Location = first.Location ?? second.Location,
                Confidence = Math.Max(first.Confidence, second.Confidence),
            };
        }
        return kept;
    }

    /// <summary>
    /// The dead of a sentence are counted once: where several of its events carry the same count ("Pakistani jets carried out
    /// airstrikes on suspected TTP hideouts …, killing at least 10 people": the strikes and the killing), the killing keeps it
    /// (the event whose trigger is a verb of killing), else the first; totals over events are then the deaths reported.
    /// </summary>
    static List<CodedEvent> CountDeathsOnce(Doc doc, List<CodedEvent> events)
    {
        for (int i = 0; i < events.Count; i++)
        {
            if (events[i].Fatalities is not { } count) continue;
            int keep = i;
            for (int j = i + 1; j < events.Count && events[j].Start == events[i].Start; j++)
                if (events[j].Fatalities == count && KillingTrigger(doc, events[j]) && !KillingTrigger(doc, events[keep])) keep = j;
            for (int j = i; j < events.Count && events[j].Start == events[i].Start; j++)
                if (j != keep && events[j].Fatalities == count) events[j] = events[j] with { Fatalities = null };
        }
        return events;

        static bool KillingTrigger(Doc doc, CodedEvent e) =>
            KillVerbs.Contains(doc.Text.Substring(e.TriggerStart, e.TriggerEnd - e.TriggerStart).ToLowerInvariant()) || e.Rule.StartsWith("verb kill", StringComparison.Ordinal)
                || e.Rule.StartsWith("verb martyr", StringComparison.Ordinal);
    }

    /// <summary>The target's code, unless there is none or it is only the source's home country, guessed ("Militants ambushed a
    /// police convoy, killing three officers": the officers are the police the convoy was, not Pakistan at large).</summary>
    static string? KnownTarget(CodedEvent e) => Domestic(e.Target) ? null : e.Target?.Code;

    /// <summary>Whether two codes of violence to the same party in one sentence tell one deed: harm in general (180) or
    /// injuring (182) beside a kind of it, which is kept ("Two Chinese nationals were injured when a suicide bomber struck their
    /// convoy" is one bombing, 183; "a Kabul car bombing killed five and wounded 110").</summary>
    static bool OneDeed(string a, string b) => a[..2] == "18" && b[..2] == "18" && (a is "180" or "182" || b is "180" or "182");

    string? EntityActor(Doc doc, Entity e, DateOnly? date)
    {
        var key = ActorDictionary.Normalise(doc.SpanText(e.Start, e.End));
        var entry = Actors.Find(key);
        if (entry is null) return null;
        var code = entry.CodeAt(date);
        if (code is not null && entry.Kind == "country" && Places.IsCapital(key)) code += "GOV";
        return code;
    }

    /// <summary>The article's countries, most mentioned first (entities that resolve to a country code).</summary>
    ArticleFocus CountryFocus(Doc doc, string? title, DateOnly? date)
    {
        var counts = new Dictionary<string, int>();
        var first = doc.Sentences.FirstOrDefault(x => x.Kind == SentenceKind.Body);
        int ledeEnd = first.End;
        // the headline counts as much: every country word in it
        int titleCountries = 0;
        if (title is not null)
        {
            var words = title.Split([' ', ',', ':', ';', '\'', '’', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i < words.Length; i++)
                for (int n = Math.Min(4, words.Length - i); n >= 1; n--)
                {
                    var entry = Actors.Find(ActorDictionary.Normalise(string.Join(' ', words, i, n)));
                    if (entry is not { Kind: "country" } || entry.CodeAt(null) is not { Length: 3 } c) continue;
                    // the headline's first country is most often its subject ("Iraqi Parliament votes to expel US troops")
                    counts[c] = counts.GetValueOrDefault(c) + (titleCountries++ == 0 ? 6 : 4);
                    i += n - 1;
                    break;
                }
        }
        var places = new List<(string Name, bool Lede)>();
        foreach (var e in doc.Entities)
        {
            var name = doc.SpanText(e.Start, e.End);
            var entry = Actors.Find(ActorDictionary.Normalise(name));
            // a known person or organisation of a country counts once for it, in the lede too: an impeachment story names
            // Ukraine more often than the United States, but its people are American ("Trump", "the House of
            // Representatives"); still, a place says more of what a story is about than who speaks of it ("British Foreign
            // Secretary Jack Straw said … the rebels in Darfur": Sudan's rebels). Not a one-word institution, which the
            // dictionary gives one country ("Senate" is the US Senate, in Puerto Rico too).
            if (e.Type is EntityType.PERSON or EntityType.ORG)
            {
                if (entry is { Kind: not "country" } && (e.Type == EntityType.PERSON || e.EndToken - e.FirstToken > 1)
                    && entry.CodeAt(date) is { Length: >= 3 } code && Places.Country(code[..3]) is not null)
                    counts[code[..3]] = counts.GetValueOrDefault(code[..3]) + 1;
                continue;
            }
            if (e.Type is not (EntityType.GPE or EntityType.NORP or EntityType.LOC)) continue;
            // ("Antioch, Illinois" and "Paris, Texas" are in the United States, whatever the dictionary says of Antioch and Paris)
            var qualifier = Qualifier(doc, doc.Sentences[SentenceIndex(doc, e.FirstToken)], e.EndToken);
            string? country = qualifier is not null && Places.Resolve(name, [], qualifier) is { } qualified ? qualified.Country
                : entry is { Kind: "country" } ? entry.CodeAt(null) : null;
            // (other places count once the countries are known: "the Uri sector" of a story about India is no Swiss canton)
            if (country is null && qualifier is null && entry is not { Kind: "country" }) { places.Add((name, e.Start < ledeEnd)); continue; }
            if (country is null || country.Length != 3) continue;
            // the lede says what the article is about: "Prime Minister Igor Matovič of the Slovak Republic …" outweighs
            // later mentions of France
            counts[country] = counts.GetValueOrDefault(country) + (e.Start < ledeEnd ? 3 : 1);
        }
        var named = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => kv.Key).ToList();
        foreach (var (name, lede) in places)
            if (Places.Resolve(name, named)?.Country is { Length: 3 } country)
                counts[country] = counts.GetValueOrDefault(country) + (lede ? 3 : 1);
        var focus = new ArticleFocus();
        var ranked = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).ToList();
        focus.AddRange(ranked.Select(kv => kv.Key));
        // one country clearly leads (twice the next one's weight): an unknown name is most likely from there
        if (ranked.Count > 0 && (ranked.Count == 1 || ranked[0].Value >= 2 * ranked[1].Value)) focus.Dominant = ranked[0].Key;
        return focus;
    }

    /// <summary>
    /// "Defence Secretary Delfin Lorenzana … Lorenzana said": a person named in full with a title or a dictionary
    /// entry is known by surname for the rest of the article. A surname two coded people share stays unresolved.
    /// </summary>
    void LearnPeople(Doc doc, DateOnly? date, ArticleFocus focus)
    {
        int si = 0;
        foreach (var e in doc.Entities)
        {
            if (e.Type != EntityType.PERSON || e.EndToken - e.FirstToken < 2) continue;
            while (si < doc.Sentences.Length && doc.Sentences[si].EndToken <= e.FirstToken) si++;
            if (si == doc.Sentences.Length) break;
            // the name's own head (its title may hang on it as an appositive: "Delfin Lorenzana, the Defence Secretary")
            int head = e.EndToken - 1;
            for (int i = e.FirstToken; i < e.EndToken; i++)
                if (doc.Tokens[i].Head < e.FirstToken || doc.Tokens[i].Head >= e.EndToken) { head = i; break; }
            // a name hung on its title ("Pentagon Press Secretary | Peter Cook" as flat): read the whole title phrase
            if (doc.Tokens[head].Deprel is "flat" or "appos" or "compound" && doc.Tokens[head].Head >= 0) head = doc.Tokens[head].Head;
            var r = ResolveActor(doc, doc.Sentences[si], head, date, focus);
            if (r.Code is null) continue;
            var surname = doc.Form(e.EndToken - 1);
            if (focus.People.TryGetValue(surname, out var known) && known is not null && known.Code != r.Code) focus.People[surname] = null;
            else focus.People.TryAdd(surname, r);
        }
    }

    static List<int> Children(Doc doc, Sentence s, int head)
    {
        var list = new List<int>();
        for (int i = s.FirstToken; i < s.EndToken; i++) if (doc.Tokens[i].Head == head) list.Add(i);
        return list;
    }

    static string Lemma(Doc doc, int t) => (doc.Tokens[t].Lemma ?? doc.Form(t)).ToLowerInvariant();

    void CodeSentence(Article article, Doc doc, Sentence s, DateOnly? date, ArticleFocus focus, List<CodedEvent> events, HashSet<string> seen)
    {
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            var tok = doc.Tokens[t];
            var lemma = Lemma(doc, t);
            // "suspected militants", "alleged crimes": a participle used as an adjective is no event; nor the end of a
            // hyphenated modifier ("not life-threatening", "a US-backed force")
            bool hyphenated = t >= s.FirstToken + 2 && doc.Form(t - 1) is "-" or "‑" && doc.Tokens[t - 1].Start == doc.Tokens[t - 2].End && doc.Tokens[t].Start == doc.Tokens[t - 1].End;
            // (but "Police baton-charged PTI workers", "were lathi-charged": beating a crowd back with sticks is repression, 175)
            bool batonCharge = lemma == "charge" && t > s.FirstToken && Lemma(doc, hyphenated ? t - 2 : t - 1) is "baton" or "lathi" or "cane";
            if (batonCharge) hyphenated = false;
            if (tok.Upos == "VERB" && tok.Deprel != "amod" && !hyphenated && !IsStance(doc, s, t))
            {
                var kids = Children(doc, s, t);
                // a phrasal verb's particle or the object's head refines the code ("step down", "meet with", "attack ... positions")
                // PETRARCH's patterns keyed by their first word after the verb; only particles and object heads are
                // trusted here (a preposition alone, "demonstrate in", too often picks a pattern meant for a longer phrase)
                var next = kids.Where(k => doc.Tokens[k].Deprel is "compound:prt" or "obj").Select(k => Lemma(doc, k));
                // "staged rallies", "launched an attack": the noun carries the event, the verb only performs it
                // (not a phrasal verb: "called off a strike" is the verb's own event)
                // (but "stepped up attacks", "carried out strikes", "ramped up operations" are the noun's own events)
                if ((SupportVerbs.Contains(lemma) || lemma == "have") && !kids.Any(k => doc.Tokens[k].Deprel == "compound:prt" && !SupportsWithParticle(lemma, Lemma(doc, k)))
                        && !kids.Any(k => Lemma(doc, k) == "abeyance")
                        && kids.FirstOrDefault(k => doc.Tokens[k].Deprel == "obj" && doc.Tokens[k].Upos == "NOUN"
                        && NounTriggers.TryGetValue(NounKey(doc, k, Lemma(doc, k)), out var carriedCode) && (lemma != "have" || carriedCode[..2] == "04"), -1) is var carried && carried >= 0)
                {
                    // "Straw said the two sides must reach an agreement": still the speaker's demand
                    if (MustUnderSpeech(doc, s, t, kids))
                        CodeVerb(article, doc, s, t, kids, NounTriggers[NounKey(doc, carried, Lemma(doc, carried))], $"verb {lemma} + {Lemma(doc, carried)}", date, focus, events, seen);
                    continue;
                }
                var nextWords = next.ToList();
                var found = Verbs.Find(lemma, nextWords);
                // "launched 120 drones and 8 missiles at Ukraine": launching what is fired or flown at someone is an attack,
                // from the air when drones are launched (PETRARCH-2's patterns name only rockets and mortars)
                if (found is null && lemma == "launch"
                    && kids.FirstOrDefault(k => doc.Tokens[k].Deprel == "obj" && (IsMunition(doc, s, k) || AircraftNouns.Contains(Lemma(doc, k))), -1) is var launched && launched >= 0)
                    found = (AircraftNouns.Contains(Lemma(doc, launched)) ? "195" : "194", $"verb launch + {Lemma(doc, launched)}");
                // "delivered her annual policy speech", "gave an interview": a statement, not aid
                if (lemma is "give" or "deliver" or "make" or "hold" && kids.Any(k => doc.Tokens[k].Deprel == "obj" && SpeechNouns.Contains(Lemma(doc, k))))
                    found = ("010", $"verb {lemma} + {Lemma(doc, kids.First(k => doc.Tokens[k].Deprel == "obj" && SpeechNouns.Contains(Lemma(doc, k))))}");
                // the tagger's lemmatizer guesses unseen verbs by suffix ("defeated" → "defeate"): try the verb
                // dictionary's own spellings of the inflected form (before the refinements, which read the lemma)
                if (found is null)
                    foreach (var alt in VerbStems(doc.Form(t).ToLowerInvariant()))
                        if (alt != lemma && Verbs.Find(alt, nextWords) is { } f) { found = f; lemma = alt; break; }
                if (batonCharge) found = ("175", "verb baton-charge");
                found = Refine(doc, s, t, lemma, kids, found, out var skip);
                if (skip) continue;
                // "the AP called Nevada for Biden": calling a race is no demand
                if (lemma == "call" && kids.Any(k => doc.Tokens[k].Deprel == "obj") && ElectoralSentence(doc, s)) continue;
                // "was defeated by an SNP candidate with a 149 vote margin": electoral contests are no CAMEO events
                if (found is not null && lemma is "defeat" or "beat" or "rout" && ElectoralSentence(doc, s)) continue;
                // "violence broke out", "riots had broken out": fighting that starts, by whoever fights (breaking is no event
                // by itself; "Coty is breaking out", "pressure to break out" in a campaign are not fighting)
                if (found is null && lemma == "break" && nextWords.Contains("out")
                    && kids.Any(k => doc.Tokens[k].Deprel == "nsubj" && (ViolenceWords.Contains(Lemma(doc, k)) || Outbreaks.Contains(Lemma(doc, k)))))
                    found = ("190", "verb break out + fighting");
                // "Sharif travelled to Beijing", "the Iranian foreign minister arrived in Islamabad": going to a country or its
                // capital is a visit (042), to the place's government (a domestic city is no visit)
                if (found is null or { Code: "040" } && VisitVerbs.Contains(lemma) && VisitedPlace(doc, s, kids, lemma) is var visited && visited >= 0)
                    found = ("042", $"verb {lemma} + {Lemma(doc, visited)}");
                // "The attack was claimed by the outlawed Jaish-e-Mohammed": an attack claimed is a claim of responsibility (015),
                // as "claimed the attack" is
                if (lemma == "claim" && kids.Any(k => doc.Tokens[k].Deprel == "aux:pass") && kids.FirstOrDefault(k => doc.Tokens[k].Deprel == "nsubj:pass" && IsViolenceNoun(doc, k), -1) is var claimedDeed && claimedDeed >= 0)
                    found = ("015", $"verb claim + {Lemma(doc, claimedDeed)} (passive)");
                // "the bond hit 16.057% on Monday", "topped 1,000": a figure reached is no blow
                if (found is not null && lemma is "hit" or "top" or "surpass" or "exceed" or "beat" or "match" or "smash" or "cross" or "yield"
                    && kids.Any(k => doc.Tokens[k].Deprel == "obj" && (doc.Tokens[k].Upos == "NUM" || doc.Form(k) is "%" || Children(doc, s, k).Any(c => doc.Form(c) is "%"))))
                    continue;
                if (found is null)
                {
                    // "Washington declared that China must drop its barriers": whatever the verb, a speaker saying
                    // that someone must act is a demand (CAMEO 10), coded by CodeVerb's demand rule
                    if (MustUnderSpeech(doc, s, t, kids)) CodeVerb(article, doc, s, t, kids, "100", $"verb {lemma}", date, focus, events, seen);
                    continue;
                }
                // (a verb's bare default, no pattern word after it: "gave me a shirt", "provided lyrics", "paid the rent")
                CodeVerb(article, doc, s, t, kids, found.Value.Code, found.Value.Rule, date, focus, events, seen, bareDefault: found.Value.Rule == $"verb {lemma}" && !CooperationVerbs.Contains(lemma));
            }
            else if (tok.Upos == "ADJ" && Children(doc, s, t) is var adjKids && MustUnderSpeech(doc, s, t, adjKids))
            {
                // "Mubarak said the US must be ready to mediate"
                CodeVerb(article, doc, s, t, adjKids, "100", $"adjective {lemma}", date, focus, events, seen);
            }
            else if (tok.Upos is "ADJ" or "VERB" && IsStance(doc, s, t))
            {
                CodeStance(article, doc, s, t, date, focus, events, seen);
            }
            else if (tok.Upos == "NOUN" && NounTriggers.TryGetValue(NounKey(doc, t, lemma), out var nounCode))
            {
                // "the fight against corruption"
                if (lemma is "fight" or "fighting" or "battle" or "war" && Children(doc, s, t).Any(k => VerbDictionary.AbstractFoeSet.Contains(Lemma(doc, k))
                        && Children(doc, s, k).Any(c => Lemma(doc, c) == "against"))) continue;
                // "US drone attacks killed eight leaders": the verb codes the violence, with the attacks as its source
                if (doc.Tokens[t].Deprel == "nsubj" && doc.Tokens[t].Head is var vh && vh >= 0 && doc.Tokens[vh].Upos == "VERB"
                    && nounCode[..2] is "18" or "19" or "20" && (KillVerbs.Contains(Lemma(doc, vh)) || Verbs.Find(Lemma(doc, vh), []) is { } vc && vc.Code[..2] is "18" or "19" or "20")) continue;
                // "called off the strike", "postponed the talks": what is cancelled does not take place
                if (doc.Tokens[t].Deprel is "obj" or "obl" && doc.Tokens[t].Head is var ch && ch >= 0 && Children(doc, s, ch) is var chKids
                    && CancelledObject(doc, s, chKids) == t && (IsCancelling(doc, s, ch, Lemma(doc, ch), chKids) || IsEasing(Lemma(doc, ch)))) continue;
                // "could hold the Simla Agreement in abeyance", "the Indus Waters Treaty": a named agreement is a thing that
                // exists, no signing (signing it is the verb's event)
                if (nounCode[..2] is "05" or "03" && char.IsUpper(doc.Text[doc.Tokens[t].Start]) && t > s.FirstToken
                    && Children(doc, s, t).Any(k => doc.Tokens[k].Deprel == "compound" && doc.Tokens[k].Upos == "PROPN")) continue;
                // "they made a big deal about playing against Israel", "the Green New Deal": a fuss and a programme's name are no
                // agreement (nor a product's bargain, "a Galaxy deal", where the product is no party)
                if (lemma == "deal" && (Children(doc, s, t).Any(k => Lemma(doc, k) is "big" or "great" or "huge" or "raw")
                        || char.IsUpper(doc.Text[doc.Tokens[t].Start]) && t > s.FirstToken
                        || Children(doc, s, t).Any(k => doc.Tokens[k].Deprel == "compound" && doc.Tokens[k].Upos == "PROPN" && !ActorLike(doc, s, k)))) continue;
                CodeNoun(article, doc, s, t, nounCode, date, focus, events, seen);
            }
        }
    }

    /// <summary>
    /// The dictionary's code for a verb refined by its arguments, in CAMEO's terms (stopping what a noun names, protests
    /// that block roads, verbal defence, purposes, arson); <paramref name="skip"/> when the verb codes nothing itself.
    /// </summary>
    /// <summary>The one a "to" clause is called for from ("called on the authorities to release her", "appealed to both sides
    /// to exercise restraint"), or -1.</summary>
    static int CalledOn(Doc doc, Sentence s, int t)
    {
        int h = doc.Tokens[t].Head;
        if (h < 0 || doc.Tokens[t].Deprel is not ("xcomp" or "advcl") || !HasMark(doc, s, t, "to") || Lemma(doc, h) is not ("call" or "appeal" or "press")) return -1;
        return Children(doc, s, h).FirstOrDefault(k => doc.Tokens[k].Deprel == "obl" && k < t
            && (HasCase(doc, s, k, "on") || HasCase(doc, s, k, "upon") || Lemma(doc, h) == "appeal" && HasCase(doc, s, k, "to")), -1);
    }

    /// <summary>The country of the side the victims are on: "on the Indian side" hung on the killing or on its victims.</summary>
    string? VictimsSide(Doc doc, Sentence s, int trigger, List<int> targets, DateOnly? date)
    {
        foreach (var h in targets.Prepend(trigger))
            foreach (var k in Children(doc, s, h))
                if (doc.Tokens[k].Deprel is "obl" or "nmod" && Lemma(doc, k) == "side" && HasCase(doc, s, k, "on") && SideOf(doc, s, k, date) is { } side)
                    return side;
        return null;
    }

    /// <summary>The country a "side" belongs to: "the Indian side", "Pakistan's side"; null if none.</summary>
    string? SideOf(Doc doc, Sentence s, int side, DateOnly? date)
    {
        foreach (var c in Children(doc, s, side))
            if (doc.Tokens[c].Deprel is "amod" or "nmod:poss" or "compound"
                && Actors.Find(ActorDictionary.Normalise(doc.Form(c))) is { Kind: "country" } entry && entry.CodeAt(date) is { Length: >= 3 } code
                && Places.Country(code[..3]) is not null)
                return code[..3];
        return null;
    }

    /// <summary>The group a noun's people are said to belong to: "terrorists belonging to Fitna al-Khawarij", "militants linked
    /// to al-Qaeda", "fighters affiliated with the Islamic State"; -1 if none.</summary>
    static int BelongsTo(Doc doc, Sentence s, int head)
    {
        foreach (var k in Children(doc, s, head))
        {
            if (doc.Tokens[k].Deprel is not ("acl" or "amod") || Lemma(doc, k) is not ("belong" or "link" or "affiliate" or "associate" or "loyal" or "tie")) continue;
            foreach (var g in Children(doc, s, k))
            {
                if (doc.Tokens[g].Deprel is "obl" or "nmod" or "obl:arg" && (HasCase(doc, s, g, "to") || HasCase(doc, s, g, "with")))
                    return g;
                // (the parser may make the preposition the oblique and the name hang on it: "belonging to | Fitna al-Khawarij")
                if (doc.Tokens[g].Upos == "ADP" && Lemma(doc, g) is "to" or "with"
                    && Children(doc, s, g).FirstOrDefault(c => doc.Tokens[c].Upos is "PROPN" or "NOUN", -1) is var named && named >= 0)
                    return named;
            }
        }
        return -1;
    }

    /// <summary>Singular nouns for many people, which "they" may stand for ("the government said they would …").</summary>
    static readonly FrozenSet<string> CollectiveNouns = new[] { "government", "army", "police", "military", "group", "party", "administration",
        "ministry", "force", "team", "family", "community", "council", "committee", "movement", "organisation", "organization", "regime",
        "side", "alliance", "coalition", "union", "company", "board", "cabinet", "public", "population", "crowd", "staff", "leadership",
        "opposition", "authority", "media", "network", "outfit", "faction", "militia", "agency", "department", "office", "court",
        "parliament", "assembly", "delegation", "couple", "pair", "crew", "majority", "minority", "youth" }.ToFrozenSet();

    /// <summary>What people travel or live in, which stands for them when it is theirs ("struck their convoy").</summary>
    static readonly FrozenSet<string> OwnedPlaces = new[] { "convoy", "motorcade", "vehicle", "car", "bus", "van", "home", "house",
        "residence", "camp", "compound" }.ToFrozenSet();

    /// <summary>People who belong to a party or a group: "its workers", "their supporters".</summary>
    static readonly FrozenSet<string> MemberNouns = new[] { "worker", "workers", "supporter", "supporters", "member", "members", "activist",
        "activists", "cadre", "cadres", "follower", "followers", "loyalist", "loyalists" }.ToFrozenSet();

    static readonly FrozenSet<string> HarmlessCauses = new[] { "closure", "ban", "decision", "policy", "move", "sanction", "sanctions",
        "restriction", "restrictions", "shutdown", "suspension", "inflation", "crisis", "tax", "tariff", "tariffs", "law", "rule", "measure",
        "measures", "delay", "delays", "price", "prices", "cut", "cuts", "shortage", "shortages", "uncertainty", "dispute", "row", "tension",
        "tensions", "slowdown", "recession", "downturn", "devaluation" }.ToFrozenSet();

    (string Code, string Rule)? Refine(Doc doc, Sentence s, int t, string lemma, List<int> kids, (string Code, string Rule)? found, out bool skip)
    {
        skip = false;
        // "Pakistan retaliated by suspending the Simla Agreement": the retaliation is what it was done by, an event of its own
        if (lemma is "retaliate" or "respond" or "react" or "reciprocate" && kids.Any(k => doc.Tokens[k].Deprel == "advcl" && HasMark(doc, s, k, "by")))
        {
            skip = true;
            return null;
        }
        // "the army responded befittingly to the unprovoked Indian firing": answering force in kind is force, at whoever fired
        if (found is null && lemma is "respond" or "react" or "retaliate" && kids.FirstOrDefault(k => doc.Tokens[k].Deprel == "obl" && HasCase(doc, s, k, "to")
                && Lemma(doc, k) is "firing" or "fire" or "shelling" or "attack" or "aggression" or "provocation" or "strike" or "incursion" or "violation", -1) is var answered && answered >= 0)
            return ("190", $"verb {lemma} + to {Lemma(doc, answered)}");
        // "The police caught both of them", "was caught by police and deported": catching people is arresting them (173);
        // catching up with someone, a flight, fire or a disease is no event (PETRARCH-2's default, 171, seizes property)
        if (lemma == "catch")
        {
            bool up = kids.Any(k => doc.Tokens[k].Deprel == "compound:prt" || Lemma(doc, k) == "up");
            int caught = kids.FirstOrDefault(k => doc.Tokens[k].Deprel is "obj" or "nsubj:pass", -1);
            // (one caught in a passive shares a coordinated clause's subject: "I tried to enter … but was caught by police")
            bool passive = caught < 0 && kids.Any(k => doc.Tokens[k].Deprel == "aux:pass");
            if (up || !passive && (caught < 0 || !(doc.Tokens[caught].Upos is "PRON" or "NUM" || Lemma(doc, caught) is "both" or "all"
                    || PersonNouns.Contains(Lemma(doc, caught)) || doc.EntitiesAt(caught).Any(e => e.Type == EntityType.PERSON))))
            {
                skip = true;
                return null;
            }
            return ("173", "verb catch + person");
        }
        // "Islamabad expects the Afghan government to take action", "experts expect interest rates to remain low": expecting
        // someone or something to do something is a forecast far more often than a demand, and no agreement (PETRARCH-2's
        // default, 030); what the object is expected to do is its own event, hypothetical (the parser may label the
        // infinitive a subject or a clause of purpose)
        if (lemma == "expect" && kids.Any(k => doc.Tokens[k].Deprel == "obj") && kids.Any(k => doc.Tokens[k].Upos == "VERB" && k > t
                && (doc.Tokens[k].Deprel == "xcomp" || doc.Tokens[k].Deprel is "csubj" or "advcl" or "ccomp" && HasMark(doc, s, k, "to"))))
        {
            skip = true;
            return null;
        }
        // "the closure was hurting traders": the harm a measure or a market does is no violence
        if (lemma is "hurt" or "harm" && kids.FirstOrDefault(k => doc.Tokens[k].Deprel == "nsubj", -1) is var doer && doer >= 0
            && HarmlessCauses.Contains(Lemma(doc, doer)))
        {
            skip = true;
            return null;
        }
        // stopping or easing what an event noun names is an event of its own: "called off a strike" is yielding
        // (080), "lifted the curfew" easing it (0813), "suspended the talks" halting negotiations (164)
        bool cancelling = IsCancelling(doc, s, t, lemma, kids);
        if ((cancelling || IsEasing(lemma)) && CancelledObject(doc, s, kids) is var cancelled && cancelled >= 0
            && NounKey(doc, cancelled, Lemma(doc, cancelled)) is var cancelledKey && NounTriggers.TryGetValue(cancelledKey, out var cancelledCode)
            && CancelledCode(cancelledCode, easingOnly: !cancelling) is { } stopCode)
            found = (stopCode, $"verb {lemma}{(lemma == "call" ? " off" : "")} + {cancelledKey}");
        // "workers blocked the bridge", "demonstrators blocked a road": obstruction by people who hold no state force
        // is protest (144), not coercion
        if (found is not null && lemma is "block" or "blockade" or "barricade" or "obstruct" or "close" or "cut" && ProtestBlockade(doc, s, kids))
            found = ("144", $"verb {lemma} + {Lemma(doc, CancelledObject(doc, s, kids))} (by protesters)");
        // ("authorities blocked roads into Islamabad": the state that blocks passage restricts movement, 191, where
        // protesters obstruct it, 144)
        else if (found?.Code == "144" && kids.FirstOrDefault(k => doc.Tokens[k].Deprel == "nsubj", -1) is var blocker && blocker >= 0
            && Actors.AgentRole(doc.Form(blocker), doc.Tokens[blocker].Lemma) is "GOV" or "MIL" or "COP" or "SPY")
            found = ("191", found.Value.Rule + " (by the state)");
        // "defended Iraq against Western criticism": a verbal defence is support (051), not military protection
        if (found is not null && lemma == "defend" && kids.Any(k => doc.Tokens[k].Deprel == "obl" && Lemma(doc, k) is var ol
                && ol is "criticism" or "accusation" or "accusations" or "charge" or "charges" or "claim" or "claims" or "allegation" or "allegations" or "critic" or "critics"))
            found = ("051", $"verb defend + against criticism");
        // "sent 21 personnel to Bosnia to investigate", "dispatched inspectors to monitor": the purpose is the event
        // (only envoys and experts: troops sent to fight are a deployment in their own right)
        if (found is not null && lemma is "send" or "dispatch" && kids.Any(k => doc.Tokens[k].Deprel == "obj" && Lemma(doc, k) is "inspector" or "investigator"
                or "expert" or "team" or "mission" or "observer" or "monitor" or "personnel" or "official" or "delegation" or "envoy" or "staff")
            && kids.Any(k => doc.Tokens[k].Deprel is "advcl" or "xcomp"
                && HasMark(doc, s, k, "to") && Verbs.Find(Lemma(doc, k), []) is not null))
            { skip = true; return null; }
        // "Reuters reported Monday's attack": whoever reports or describes violence is no party to it
        if (found is not null && SpeechVerbs.Contains(lemma) && found.Value.Code[..2] is "15" or "17" or "18" or "19" or "20")
            found = Verbs.Find(lemma, []);
        // "settlers set fire to the offices": arson destroys property (1712); setting oneself on fire is protest
        if (lemma == "set" && kids.Any(k => doc.Tokens[k].Deprel == "obj" && Lemma(doc, k) == "fire")
            && kids.FirstOrDefault(k => doc.Tokens[k].Deprel == "obl" && Children(doc, s, k).Any(c => Lemma(doc, c) == "to"), -1) is var burnt && burnt >= 0
            && doc.Tokens[burnt].Upos != "PRON")
            found = ("1712", "verb set + fire + to");
        // "Serb forces were engaged in ethnic cleansing": taking part in an event is that event, by the subject (CodeNoun)
        if (lemma is "engage" or "involve" or "participate" && EngagedIn(doc, s, kids) >= 0) { skip = true; return null; }
        // "troops engaged the terrorists": engaging is fighting only someone; engaging in self-dealing, or with a community, is not
        if (found is { Rule: "verb engage" } && !kids.Any(k => doc.Tokens[k].Deprel == "obj" && (ActorLike(doc, s, k) || NamesPeople(doc, k)))) { skip = true; return null; }
        // "argued against the welfare state": disapproval (110) of what is argued against
        if (found is { Rule: "verb argue" } && kids.Any(k => doc.Tokens[k].Deprel is "obl" or "obl:arg" && HasCase(doc, s, k, "against")))
            found = ("110", "verb argue + against");
        // "the fight against dishonesty and corruption": a figure of speech, with the foe in a prepositional phrase
        if (lemma is "fight" or "combat" or "battle" && kids.Any(k => doc.Tokens[k].Deprel is "obl" && VerbDictionary.AbstractFoeSet.Contains(Lemma(doc, k))
                && Children(doc, s, k).Any(c => Lemma(doc, c) == "against"))) { skip = true; return null; }
        // "called on the United States to forge ties", "called for greater impetus towards free trade": CAMEO's appeals (02);
        // only a demand proper ("demanded", "insisted") is 10
        // (the parser may hang "on" on the complement: "called on Energy Minister Murungi to resign")
        if (found is { Code: "100" } && lemma == "call" && (kids.Any(k => doc.Tokens[k].Deprel is "obl" or "obl:arg" && !IsTime(doc, k)
                && Children(doc, s, k).Any(c => doc.Tokens[c].Deprel == "case" && Lemma(doc, c) is "on" or "upon" or "for"))
                || t + 1 < s.EndToken && Lemma(doc, t + 1) is "on" or "upon" or "for" && doc.Tokens[t + 1].Upos is "ADP" or "SCONJ"))
            found = ("020", "verb call + on/for");
        // "would keep the Indus Waters Treaty in abeyance", "could hold the Simla Agreement in abeyance": suspending it (160)
        if (lemma is "hold" or "keep" or "put" or "place" or "leave" && kids.Any(k => doc.Tokens[k].Deprel is "obl" or "nmod" && Lemma(doc, k) == "abeyance")
            || kids.Any(k => doc.Tokens[k].Deprel == "obj" && Children(doc, s, k).Any(c => doc.Tokens[c].Deprel == "nmod" && Lemma(doc, c) == "abeyance")))
            found = ("160", $"verb {lemma} + in abeyance");
        // "spoke by phone with his Iranian counterpart", "talked with Modi": speaking with someone is consulting them (040), by
        // telephone 041; the dictionary's patterns for "with" are never read, as a preposition alone is not trusted.
        // "Shehbaz Sharif and Amir Khan Muttaqi spoke by phone": two speakers who speak to no one else and say nothing
        // reported speak with each other (the reciprocal codes below make it both ways)
        if (found is { Code: "010" } && lemma is "speak" or "talk" or "confer" or "converse" or "chat")
        {
            string consult = kids.Any(k => doc.Tokens[k].Deprel == "obl" && Lemma(doc, k) is "phone" or "telephone" or "hotline") ? "041" : "040";
            if (kids.Any(k => doc.Tokens[k].Deprel == "obl" && HasCase(doc, s, k, "with") && ActorLike(doc, s, k)))
                found = (consult, $"verb {lemma} + with");
            else if (kids.Any(k => doc.Tokens[k].Deprel == "nsubj" && ActorLike(doc, s, k)
                    && Children(doc, s, k).Any(c => doc.Tokens[c].Deprel == "conj" && ActorLike(doc, s, c)))
                && !kids.Any(k => doc.Tokens[k].Deprel is "ccomp" or "parataxis" or "obj" or "xcomp"
                    || doc.Tokens[k].Deprel == "obl" && (HasCase(doc, s, k, "to") || HasCase(doc, s, k, "with"))))
                found = (consult, $"verb {lemma} + two speakers");
        }
        // "as it pushes inland", "troops pressed forward": pushing or pressing with no one pressed and nothing pressed for is
        // movement, no demand
        if (found is { Code: "100" } && lemma is "push" or "press" && !kids.Any(k => doc.Tokens[k].Deprel is "obj" or "iobj" or "xcomp" or "ccomp"
                || doc.Tokens[k].Deprel is "obl" or "advcl" && Children(doc, s, k).Any(c => Lemma(doc, c) is "for" or "on" or "to" or "ahead")))
        {
            skip = true;
            return null;
        }
        // "taking more than 400 passengers hostage", "holding three aid workers captive": hostage taking (181), whatever the
        // dictionary says of taking or holding a thing
        if (lemma is "take" or "hold" or "keep" && kids.Any(k => doc.Tokens[k].Deprel is "obj" or "xcomp" or "obl" && Lemma(doc, k) is "hostage" or "hostages" or "captive"
                || doc.Tokens[k].Deprel == "obj" && Children(doc, s, k).Any(c => doc.Tokens[c].Deprel is "amod" or "acl" or "obj" && Lemma(doc, c) is "hostage" or "captive")))
            found = ("181", $"verb {lemma} + hostage");
        // "Qayyarah Airfield West, also called Q-West", "what was called a stunt": naming is no appeal or demand
        if (lemma == "call" && !kids.Any(k => doc.Tokens[k].Deprel == "compound:prt")
            && (doc.Tokens[t].Deprel is "acl" or "amod" or "advcl" && doc.Tokens[t].Xpos == "VBN" || kids.Any(k => doc.Tokens[k].Deprel == "aux:pass"))
            && !kids.Any(k => doc.Tokens[k].Deprel is "obl" && Children(doc, s, k).Any(c => Lemma(doc, c) is "for" or "on" or "upon"))
            // ("was called to testify" is a summons)
            && !kids.Any(k => doc.Tokens[k].Deprel == "xcomp" && doc.Tokens[k].Upos == "VERB" && Children(doc, s, k).Any(c => Lemma(doc, c) == "to")))
            { skip = true; return null; }
        // "targeting what it called hideouts", "called him a traitor": calling something by a name is no demand either; a
        // demand has "for", "on" or a to-clause, and what is called for ("called a strike", "called elections") is an event of its own
        if (found is { Code: "100" } && lemma == "call" && !kids.Any(k => doc.Tokens[k].Deprel is "xcomp" or "ccomp" or "compound:prt")
            && kids.Any(k => doc.Tokens[k].Deprel == "obj" && !IsEventNoun(doc, s, k))
            && (doc.Tokens[t].Deprel == "acl:relcl" && doc.Tokens[t].Head is >= 0 and var named && Lemma(doc, named) is "what" or "which" or "that"
                || kids.Count(k => doc.Tokens[k].Deprel is "obj" or "iobj") >= 2))
            { skip = true; return null; }
        // "Trump called Stone's sentence 'unjust'", "the Arab League called it an 'extremely adverse development'": calling
        // something a name or a quality is a comment on it (010), no demand
        int calledWhat = kids.FirstOrDefault(k => doc.Tokens[k].Deprel == "obj", -1);
        if (found is { Code: "100" } && lemma == "call"
            && (calledWhat >= 0 && (kids.Any(k => doc.Tokens[k].Deprel == "xcomp" && doc.Tokens[k].Upos is "NOUN" or "ADJ" or "PROPN")
                    || Children(doc, s, calledWhat).Any(c => doc.Tokens[c].Deprel == "appos" && c > calledWhat && doc.Tokens[c - 1].Upos == "PUNCT"))
                // (the parser may read "called it 'a matter of public health'" as a small clause: the name with "it" under it)
                || kids.Any(k => doc.Tokens[k].Deprel is "xcomp" or "ccomp" && doc.Tokens[k].Upos is "NOUN" or "ADJ"
                    && Children(doc, s, k).Any(c => doc.Tokens[c].Deprel is "nsubj" or "expl" && doc.Tokens[c].Upos == "PRON"))
                // (or the name is left hanging where the tagger missed it: "called Omar a “terrorist” and said …")
                || calledWhat > t && !kids.Any(k => doc.Tokens[k].Deprel is "xcomp" or "ccomp" or "compound:prt" or "obl") && NameAfter(doc, s, calledWhat)))
            found = ("010", "verb call + name");
        // "called a strike", "called early elections": what is called for is named by its object; with no such object, a bare
        // "call" is a name given ("a predator called the sevengill shark", "a simulation they call …", "called Trump's
        // order swift") or a telephone call ("a mother called the police", "I called one of my best friends"), no demand
        // (a name or a quality right after the object is a comment the parse missed: "the United Nations called the resulting
        // humanitarian crisis the worst in the world", "called Trump's order swift, forceful and decisive")
        if (found is { Code: "100", Rule: "verb call" } && lemma == "call" && !kids.Any(k => doc.Tokens[k].Deprel is "xcomp" or "ccomp")
            && !kids.Any(k => doc.Tokens[k].Deprel == "obj" && IsEventNoun(doc, s, k)))
        {
            if (doc.Tokens[t].Deprel != "acl" && kids.Any(k => doc.Tokens[k].Deprel == "nsubj") && calledWhat > t && Phrase(doc, s, calledWhat).End is var after && after < s.EndToken - 1
                && (doc.Tokens[after].Upos == "ADJ" || doc.Form(after) is "the" or "a" or "an" or "\"" or "“" or "'" or "‘"))
                return ("010", "verb call + name");
            skip = true;
            return null;
        }
        // "WeWork declined to comment on the report", "He declined to say when …": CAMEO's declining comment (011), not a
        // rejection of anyone (120)
        if (found is not null && lemma is "decline" or "refuse" && kids.Any(k => CommentDeclined(doc, s, k)))
            found = ("011", $"verb {lemma} + comment");
        // "NATO must take on responsibility for …": taking on a task is no attack; taking on an enemy is
        if (found is { Code: "190" } && lemma == "take" && kids.Any(k => doc.Tokens[k].Deprel == "compound:prt" && Lemma(doc, k) == "on")
            && kids.FirstOrDefault(k => doc.Tokens[k].Deprel == "obj", -1) is var takenOn && !(takenOn >= 0 && ActorLike(doc, s, takenOn)))
            { skip = true; return null; }
        // "took control of Iran" occupies it; "empowered people to take control of their personal use of video" does not
        if (found is { Code: "192" } && lemma == "take" && kids.Any(k => doc.Tokens[k].Deprel == "obj" && Lemma(doc, k) == "control")
            && kids.Concat(kids.Where(k => doc.Tokens[k].Deprel == "obj").SelectMany(k => Children(doc, s, k)))
                .FirstOrDefault(k => doc.Tokens[k].Deprel is "obl" or "nmod" && HasCase(doc, s, k, "of"), -1) is var controlled && controlled >= 0
            && !(ActorLike(doc, s, controlled) || PlaceNouns.Contains(Lemma(doc, controlled)) || doc.Tokens[controlled].Upos == "PROPN"
                || Lemma(doc, controlled) is "territory" or "land" or "country" or "government" or "power" or "parliament" or "building" or "embassy"))
            { skip = true; return null; }
        // "Andrew Yang … and Michael Bennet … suspended their campaigns": a candidate's campaign ended, no relations cut
        if (found is { Code: "160" } && lemma == "suspend" && kids.Any(k => doc.Tokens[k].Deprel == "obj" && Lemma(doc, k) is "campaign" or "candidacy" or "bid"))
            { skip = true; return null; }
        // "India placed its forces on high alert", "ordered heightened alert from troops": raising forces' alert is CAMEO 152
        // (151 for the police), no event by PETRARCH-2's patterns, which name only "heighten alert" and "raise alert" (in a
        // passive, "the army was put on high alert", the forces are the actor, CodeVerb)
        if (lemma is "put" or "place" or "keep" or "order" or "heighten" or "raise" or "declare"
            && (kids.Any(k => doc.Tokens[k].Deprel == "obj" && Lemma(doc, k) == "alert")
                || kids.Concat(kids.Where(k => doc.Tokens[k].Deprel is "obj" or "nsubj:pass").SelectMany(k => Children(doc, s, k)))
                    .Any(k => doc.Tokens[k].Deprel is "obl" or "nmod" && Lemma(doc, k) == "alert" && HasCase(doc, s, k, "on"))))
        {
            bool police = false, military = false;
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                var l = Lemma(doc, i);
                police |= l is "police" or "policeman" or "policemen" or "constabulary";
                military |= l is "army" or "troops" or "troop" or "forces" or "force" or "military" or "soldiers" or "soldier" or "navy" or "air" or "jawans";
            }
            if (military || police) return (military ? "152" : "151", $"verb {lemma} + alert");
        }
        // "deployed the national guard", "deploy PLA forces", "deployed S-400 missiles": deploying shows force (150) only when
        // what is deployed is a force or its arms; a hospital deploying "all the necessary preparations", a team deploying a
        // camera or a city "an online platform" shows none
        if (found is { Code: "150" } && lemma is "deploy" or "mobilize" or "mobilise" && found.Value.Rule == $"verb {lemma}"
            && kids.FirstOrDefault(k => doc.Tokens[k].Deprel is "obj" or "nsubj:pass", -1) is var deployed && deployed >= 0
            && !(ActorLike(doc, s, deployed) && !(doc.Tokens[deployed].Upos == "PRON" && Lemma(doc, deployed) is "this" or "these" or "that" or "those")
                || Actors.AgentRole(doc.Form(deployed), doc.Tokens[deployed].Lemma) is not null || PersonNouns.Contains(Lemma(doc, deployed))
                || Munitions.Contains(Lemma(doc, deployed)) || AircraftNouns.Contains(Lemma(doc, deployed)) || SeizedGoods.Contains(Lemma(doc, deployed))
                || Lemma(doc, deployed) is "troop" or "troops" or "unit" or "units" or "battalion" or "brigade" or "division" or "regiment"
                    or "squadron" or "fleet" or "warship" or "warships" or "battery" or "batteries" or "system" or "systems" or "reservist" or "reservists"))
            { skip = true; return null; }
        // "grabbed the little girl", "snatched the keys from his hand": grabbing a person abducts (181); grabbing a thing seizes
        // it only when it is taken from someone or is goods (171); "grabbed a large knife" in a shop to attack is no seizure
        if (found is { Code: "171" } && lemma is "grab" or "snatch" && found.Value.Rule == $"verb {lemma}"
            && kids.FirstOrDefault(k => doc.Tokens[k].Deprel is "obj" or "nsubj:pass", -1) is var grabbed && grabbed >= 0)
        {
            if (ArePeople(doc, s, grabbed))
                found = ("181", $"verb {lemma} + people");
            else if (!SeizedGoods.Contains(Lemma(doc, grabbed)) && !kids.Any(k => doc.Tokens[k].Deprel == "obl" && HasCase(doc, s, k, "from")))
                { skip = true; return null; }
        }
        // "A U.S. strike hit two al-Qaida vehicles", "a bullet hit him": a blow struck by a party or its weapon is force (190);
        // one struck by a storm, a tariff or a figure of speech is none ("Hurricane Lorenzo hit the Azores", "tariffs hit
        // customers directly", "it's striking that …", "we keep hitting the invite link limits")
        if (found is { Code: "190" } && lemma is "hit" or "strike" && found.Value.Rule == $"verb {lemma}" && !HitByForce(doc, s, t, kids))
            { skip = true; return null; }
        // "the Chinese government has allowed Hong Kong citizens …", "Turkey and Libya … allowed": a party allowing another
        // yields (080, PETRARCH-2's default); a licence, a law, a system or a product allowing someone something is no event
        // ("a valid gun licence allowing him to buy weapons", "LRIT allows states to examine data", "Omani law allowed
        // three days", "Trump's state of emergency appears to allow him to pull funding")
        if (found is { Code: "080" } && lemma is "allow" or "permit" or "enable" && found.Value.Rule == $"verb {lemma}" && !DoneByAParty(doc, s, t, kids))
            { skip = true; return null; }
        // so is supporting or encouraging (051): "rocky planets … can support a hydrogen-rich atmosphere", "42 pacemakers
        // supporting runners", "the news reports were very encouraging" support no one
        if (found is { Code: "051" } && lemma is "support" or "encourage" && found.Value.Rule == $"verb {lemma}" && !DoneByAParty(doc, s, t, kids))
            { skip = true; return null; }
        // "law enforcement cleared reportedly peaceful protesters from Lafayette Square using tear gas": clearing protesters
        // or their camp represses them (175); clearing the air, a backlog or slum buildings yields nothing (PETRARCH-2's
        // default, 080)
        if (found is { Code: "080", Rule: "verb clear" } && lemma == "clear")
        {
            int cleared = kids.FirstOrDefault(k => doc.Tokens[k].Deprel is "obj" or "nsubj:pass", -1);
            if (cleared >= 0 && DoneByAParty(doc, s, t, kids) && (ArePeople(doc, s, cleared) || ProtestNouns.Contains(Lemma(doc, cleared))
                    || Lemma(doc, cleared) is "camp" or "encampment" or "zone" or "square" or "barricade" or "barricades" or "sit-in"))
                return ("175", "verb clear + people");
            skip = true;
            return null;
        }
        // "China blocked a proposal to designate …", "sued … to block the release of his tax returns": blocking a proposal or a
        // decision rejects it (120); blocking a crossing, a road, access or aid, or a party, coerces (170, PETRARCH-2's
        // default); blocking the Sun, a shot or oneself is no event
        if (found is { Code: "170", Rule: "verb block" } && lemma == "block")
        {
            int blocked = kids.FirstOrDefault(k => doc.Tokens[k].Deprel is "obj" or "nsubj:pass", -1);
            // (a relative clause's "which" is the noun it hangs on: "the fuel facility in Senkata, which protesters have tried
            // to block"; the parse may hang it on the controlling verb)
            if (blocked < 0 || Lemma(doc, blocked) is "which" or "that")
                for (int h = t, hops = 0; h >= 0 && hops < 3; h = doc.Tokens[h].Head, hops++)
                    if (doc.Tokens[h].Deprel == "acl:relcl") { blocked = doc.Tokens[h].Head; break; }
            var bl = blocked >= 0 ? Lemma(doc, blocked) : "";
            if (IntentNouns.Contains(bl) || bl is "resolution" or "legislation" or "measure" or "nomination" or "appointment" or "deal" or "release" or "sale"
                    or "investigation" or "inquiry" or "probe" or "vote" or "ruling" or "designation" or "extradition" or "agreement" or "reform" or "reforms")
                return ("120", "verb block + proposal");
            if (blocked < 0 || !(ActorLike(doc, s, blocked) && doc.Tokens[blocked].Upos != "PRON" || ArePeople(doc, s, blocked) || PlaceNouns.Contains(bl)
                    || doc.Tokens[blocked].Upos == "PRON" && bl is "them" or "him" or "her" or "us" or "he" or "she" or "they" or "we"
                    || bl is "access" or "crossing" or "border" or "borders" or "road" or "roads" or "route" or "routes" or "entry" or "passage" or "aid"
                        or "supply" or "supplies" or "shipment" or "shipments" or "convoy" or "highway" or "tunnel" or "tunnels" or "bridge" or "port" or "airport"
                        or "account" or "accounts" or "website" or "websites" or "site" or "transfer" or "import" or "imports" or "export" or "exports"
                        or "facility" or "plant" or "depot" or "terminal" or "base" or "installation" or "pipeline"))
                { skip = true; return null; }
        }
        // "fired tear gas shells", "fired rubber bullets at the crowd": riot control is repression (175), no military force
        if (found is { Code: "190" } && lemma is "fire" or "use" or "shoot" && kids.Any(k => doc.Tokens[k].Deprel == "obj"
                && (Lemma(doc, k) is "teargas" or "tear-gas" || Children(doc, s, k).Any(c => doc.Tokens[c].Deprel is "compound" or "amod" && Lemma(doc, c) is "gas" or "tear" or "teargas" or "rubber" or "pellet" or "water"))))
            return ("175", $"verb {lemma} + tear gas");
        // "sending audio or video from an Apple device to a smart TV", "sent an email": sending data or a message is no aid
        // (070, our default); PETRARCH-2's patterns still make a letter or a message a consultation
        if (found is { Code: "070", Rule: "verb send" } && lemma == "send" && kids.Any(k => doc.Tokens[k].Deprel == "obj"
                && Lemma(doc, k) is "audio" or "video" or "videos" or "data" or "signal" or "signals" or "email" or "emails" or "e-mail" or "text" or "texts"
                    or "file" or "files" or "link" or "links" or "photo" or "photos" or "picture" or "pictures" or "tweet" or "tweets" or "notification"
                    or "notifications" or "alert" or "alerts" or "request" or "requests" or "invoice" or "bill" or "sms"))
            { skip = true; return null; }
        // "Epstein hanged himself", "he's hanging out with the celebrities": a suicide or company is no force (190)
        if (found is { Code: "190", Rule: "verb hang" } && lemma == "hang"
            && kids.Any(k => doc.Tokens[k].Deprel == "compound:prt" || doc.Tokens[k].Deprel == "obj" && Lemma(doc, k) is "himself" or "herself" or "themselves" or "itself"
                || doc.Tokens[k].Deprel == "obl" && Lemma(doc, k) is "out" or "around"))
            { skip = true; return null; }
        // "Trump blasted Biden as a career politician", "a payout that Leon Cooperman blasted as "morally wrong"": a person
        // blasting a person or a thing criticises (111); blasting a site, a vehicle or a position is force (190)
        // (so does one assailing: "Trump assailed the event as the "darkest … convention in American history"")
        if (found is { Code: "190" } && found.Value.Rule == $"verb {lemma}" && lemma is "blast" or "assail" && kids.FirstOrDefault(k => doc.Tokens[k].Deprel == "nsubj", -1) is var blaster
            && blaster >= 0 && (ArePeople(doc, s, blaster) || doc.EntitiesAt(blaster).Any(e => e.Type is EntityType.PERSON))
            && !kids.Any(k => doc.Tokens[k].Deprel == "obj" && (PlaceNouns.Contains(Lemma(doc, k)) || Lemma(doc, k) is "site" or "sites" or "position" or "positions"
                || AircraftNouns.Contains(Lemma(doc, k)) || SeizedGoods.Contains(Lemma(doc, k)))))
            return ("111", $"verb {lemma} + criticism");
        // "Sheldon Yett of UNICEF observed, "I've seen …"", "Wilkins observed that …": observing is a comment when it says
        // something; observing a star system, a minute of silence or a dress code says nothing
        if (found is { Code: "010", Rule: "verb observe" } && lemma == "observe" && !kids.Any(k => doc.Tokens[k].Deprel is "ccomp" or "parataxis")
            && doc.Tokens[t].Deprel != "parataxis" && !doc.Text.AsSpan(s.Start, s.End - s.Start).ContainsAny("\"“”"))
            { skip = true; return null; }
        // "held in contempt", "held Khan down", "is not holding any ISIS detainees": holding people coerces them (170,
        // PETRARCH-2's default); holding championships, elections, a forum or a salute is no event
        if (found is { Code: "170" } && lemma == "hold" && found.Value.Rule == $"verb {lemma}"
            // (the held of a participle is the noun it modifies: "three of its commanders held by the Afghan government")
            && (doc.Tokens[t].Deprel == "acl" ? doc.Tokens[t].Head : kids.FirstOrDefault(k => doc.Tokens[k].Deprel is "obj" or "nsubj:pass", -1)) is var held
            && !(held >= 0 && (ArePeople(doc, s, held) || doc.Tokens[held].Upos == "PRON" && Lemma(doc, held) is not ("it" or "this" or "that" or "which" or "what"))))
            { skip = true; return null; }
        // "seized the town", "captured Kunduz": taking a place occupies it (192, ours); taking people abducts them (181, as
        // PETRARCH-2's "capture members"); taking goods seizes property (171, PETRARCH-2's default: "authorities seized 126
        // skins, eight tails, 16 skulls and two live jackals" had been an occupation)
        // (what a participle seizes is the noun it modifies: "14 ISIL tanks and other equipment captured near Palmyra")
        if (found is { Code: "192" } && lemma is "seize" or "capture" && found.Value.Rule == $"verb {lemma}"
            && (doc.Tokens[t].Deprel == "acl" && doc.Tokens[t].Xpos == "VBN" ? doc.Tokens[t].Head : kids.FirstOrDefault(k => doc.Tokens[k].Deprel is "obj" or "nsubj:pass", -1)) is var seized
            && seized >= 0)
        {
            // ("captured part of a Karen guerrilla stronghold", "seized control of the city": what the part or control is of)
            if (Lemma(doc, seized) is "part" or "parts" or "control" or "most" or "much" or "half" or "portion" or "swathe" or "swath" or "chunk"
                && Children(doc, s, seized).FirstOrDefault(c => doc.Tokens[c].Deprel == "nmod" && HasCase(doc, s, c, "of"), -1) is var whole && whole >= 0)
                seized = whole;
            var (st, en) = Phrase(doc, s, seized);
            bool place = PlaceNouns.Contains(Lemma(doc, seized)) || Lemma(doc, seized) is "territory" or "land" or "control" or "position" or "positions"
                    or "post" or "outpost" or "stronghold" or "hill" or "headquarters" or "compound" or "complex" or "facility" or "installation"
                    or "building" or "enclave" or "ground"
                || doc.EntitiesOverlapping(st, en).Any(e => e.Type is EntityType.GPE or EntityType.LOC)
                || doc.Tokens[seized].Upos == "PROPN" && Places.Resolve(doc.Form(seized), []) is not null;
            bool people = !place && ArePeople(doc, s, seized);
            // (goods: "seized these firearms", "126 skins"; not pictures captured, an opportunity seized or needs captured)
            bool goods = !place && !people && SeizedGoods.Contains(Lemma(doc, seized));
            if (!place && !people && !goods) { skip = true; return null; }
            if (!place) found = people ? ("181", $"verb {lemma} + people") : ("171", $"verb {lemma} + property");
        }
        // "Howitt and Garett's work suggested that tuft cells might act as sentinels", "suggested there were not enough votes":
        // suggesting that something is so is a comment (010); suggesting something be done ("suggested expanding the Court",
        // "suggested they should meet") is still a proposal (02)
        if (found is { Code: "020" } && lemma == "suggest" && kids.FirstOrDefault(k => doc.Tokens[k].Deprel == "ccomp", -1) is var suggested && suggested >= 0
            && Children(doc, s, suggested).Any(c => doc.Tokens[c].Deprel is "nsubj" or "nsubj:pass" or "expl")
            && !Children(doc, s, suggested).Any(c => doc.Tokens[c].Deprel == "aux" && Lemma(doc, c) is "should" or "must" or "ought")
            // (a bare verb is a subjunctive, a proposal: "suggested that Beijing resume buying", "suggested that I go")
            && doc.Tokens[suggested].Xpos is not ("VB" or "VBP"))
            found = ("010", "verb suggest + that");
        // "the population of Magellanic penguins declined", "Japan's Nikkei 225 declined 0.3%": to decline alone is to
        // decrease; declining something or to do something is a refusal
        if (found is { Code: "120" } && lemma == "decline" && !kids.Any(k => doc.Tokens[k].Deprel is "obj" or "xcomp" or "ccomp" or "nsubj:pass"
                || doc.Tokens[k].Deprel == "advcl" && HasMark(doc, s, k, "to")))
            { skip = true; return null; }
        // "while campaigning in Michigan", "limited campaigning": campaigning in an election demands nothing; campaigning for
        // something or to do something does
        if (found is { Code: "100" } && lemma == "campaign" && !kids.Any(k => doc.Tokens[k].Deprel is "obl" && HasCase(doc, s, k, "for")
                || doc.Tokens[k].Deprel is "xcomp" or "advcl" && HasMark(doc, s, k, "to")))
            { skip = true; return null; }
        // "pleaded guilty to threatening to kill", "pleaded not guilty": a plea in court answers a charge, it appeals to no one
        // (pleading with someone, or for something, still does)
        if (lemma == "plead" && kids.Any(k => Lemma(doc, k) is "guilty" or "innocent" or "contest"
                || doc.Tokens[k].Deprel is "obj" or "xcomp" && Children(doc, s, k).Any(c => Lemma(doc, c) is "guilty" or "innocent" or "contest")))
            { skip = true; return null; }
        // "accepted demands from Shona rebels", "will not accept any more refugees": to accept alone is to yield (08) only
        // what an adversary asks or sends; accepting "it", "me", a nomination, a bill or "that …" is no event
        if (found is { Code: "081" } && lemma == "accept"
            && kids.FirstOrDefault(k => doc.Tokens[k].Deprel is "obj" or "nsubj:pass", -1) is var accepted
            && !(accepted >= 0 && (YieldedThings.Contains(Lemma(doc, accepted)) || doc.Tokens[accepted].Upos != "PRON" && ActorLike(doc, s, accepted))))
            { skip = true; return null; }
        int obj = kids.FirstOrDefault(k => doc.Tokens[k].Deprel == "obj", -1);
        // "the White House released a summary of the call", "a statement released by Erdogan's office", "the video was
        // released": releasing a document is a statement, not freeing anyone
        int released = obj >= 0 ? obj
            : doc.Tokens[t].Deprel is "acl" or "amod" && doc.Tokens[t].Head >= 0 ? doc.Tokens[t].Head
            : kids.FirstOrDefault(k => doc.Tokens[k].Deprel == "nsubj:pass", -1);
        if (found is not null && found.Value.Code.StartsWith("084", StringComparison.Ordinal) && lemma is "release" or "publish" && released >= 0 && DocumentNouns.Contains(Lemma(doc, released)))
            found = ("010", $"verb {lemma} + {Lemma(doc, released)}");
        // "released the 11-inch iPad Pro", "release their tax returns", "E. coli releases gases": freeing (084) is of people
        // ("released him pending investigation", "freed three Taliban prisoners", "the hostages were released")
        else if (found is not null && found.Value.Code.StartsWith("084", StringComparison.Ordinal) && lemma is "release" or "free"
            && (released < 0 || !(doc.Tokens[released].Upos is "PRON" or "NUM" || NamesPeople(doc, released)
                || Lemma(doc, released) is "prisoner" or "prisoners" or "detainee" or "detainees" or "captive" or "captives" || doc.EntitiesAt(released).Any(e => e.Type == EntityType.NORP))))
        { skip = true; return null; }
        // "gave them the best information", "shared intelligence with Pakistan": information shared is 064, not aid
        if (found is not null && lemma is "give" or "provide" or "share" or "pass" or "supply" && obj >= 0
            && Lemma(doc, obj) is "information" or "intelligence" or "details" or "data" or "evidence" or "briefing" or "update" or "updates")
            found = ("064", $"verb {lemma} + {Lemma(doc, obj)}");
        // "the group took over a third of the country": taking over land is occupying it (192), not taking over an inquiry
        // (what is taken over is the object, or what the parser hung on the verb after it: "took over about a third")
        int taken = obj >= 0 ? obj : kids.FirstOrDefault(k => k > t && doc.Tokens[k].Deprel is "obl" or "nmod" or "obl:npmod" or "obl:unmarked", -1);
        if (found is { Code: "090" } && lemma == "take" && taken >= 0 && (PlaceNouns.Contains(Lemma(doc, taken)) || Lemma(doc, taken) is "third" or "half" or "part" or "territory" or "country" or "land" or "control"
                || doc.EntitiesAt(taken).Any(e => e.Type is EntityType.GPE or EntityType.LOC)))
            found = ("192", "verb take over + territory");
        // PETRARCH-2's "take over" is taking over an investigation; taking over relief efforts, a company or a post, or
        // taking over with nothing said to be taken, is no event
        else if (found is { Code: "090" } && lemma == "take" && (taken < 0 || Lemma(doc, taken) is not ("investigation" or "inquiry" or "probe" or "case" or "inspection" or "review")))
        { skip = true; return null; }
        // "banned women from studying at universities": to study with nothing studied is to be a student, no inquiry
        if (found is { Code: "090" } && lemma == "study" && obj < 0) { skip = true; return null; }
        // "charged the gunman with terrorism", "was charged for providing the weapon": an accusation says with or for what;
        // charging a phone, a battery or a fee is none ("a dedicated spot for charging any Apple Watch")
        if (found is not null && found.Value.Code.StartsWith("112", StringComparison.Ordinal) && lemma == "charge"
            // (wherever the parse hangs the phrase in the clause: "charged the suspect in the shooting | with capital murder")
            && !Enumerable.Range(t + 1, Math.Max(0, s.EndToken - t - 1)).Any(c => doc.Tokens[c].Deprel is "case" or "mark" && Lemma(doc, c) is "with" or "for"
                && Governs(doc, t, c)))
        { skip = true; return null; }
        // "Harris attacked Biden during the debates", "attacking the subpoena as a political strategy": a person attacking a
        // person, or a thing that is no place or people, in a sentence of no weapons, dead or wounded, attacks with words:
        // criticism (111), as "slammed" is ("a man attacked a woman with a knife" stays force)
        if (found is not null && found.Value.Code[..2] == "19" && lemma == "attack" && VerbalAttack(doc, s, t, kids))
            found = ("111", "verb attack + words");
        // "called on Fox News to fire Griffin": firing someone from a job is no shooting (what is fired at is "at" or "on" it)
        if (found is not null && found.Value.Code[..2] == "19" && lemma == "fire" && kids.FirstOrDefault(k => doc.Tokens[k].Deprel == "obj", -1) is var fired && fired >= 0
            && !IsMunition(doc, s, fired) && (doc.EntitiesAt(fired).Any(e => e.Type == EntityType.PERSON) || Lemma(doc, fired) is "employee" or "employees" or "staff"
                or "worker" or "workers" or "coach" or "manager" or "director" or "minister" or "chief" or "editor" or "host" or "anchor")
            && !kids.Any(k => doc.Tokens[k].Deprel == "obl" && (HasCase(doc, s, k, "at") || HasCase(doc, s, k, "on"))))
        { skip = true; return null; }
        // "asked government officials how such documents …", "when asked about plans", "asking questions": a question is no
        // appeal (020), which asks someone to do something or for something ("asked the court to delay", "asked for help")
        if (found is { Code: "020" } && lemma == "ask" && !kids.Any(k => doc.Tokens[k].Deprel == "xcomp" || doc.Tokens[k].Deprel is "obl" && HasCase(doc, s, k, "for"))
            && (kids.Any(k => doc.Tokens[k].Deprel is "obj" or "nsubj:pass" && Lemma(doc, k) is "question" or "questions")
                || kids.Any(k => doc.Tokens[k].Deprel == "ccomp" && Children(doc, s, k).Any(c => c < k && Lemma(doc, c) is "how" or "what" or "why" or "when"
                    or "where" or "who" or "whom" or "which" or "whether" or "if"))
                || kids.Any(k => doc.Tokens[k].Deprel is "obl" && HasCase(doc, s, k, "about"))
                // (nor is asking with nothing asked for and no one asked: "And I asked, well, on whose authority?", "we must
                // ask: who are we as a nation …", "ask anyone close to her")
                || !kids.Any(k => doc.Tokens[k].Deprel is "obj" or "iobj" or "ccomp" or "nsubj:pass" or "obl" or "advcl")
                || kids.Any(k => doc.Tokens[k].Deprel == "obj" && Lemma(doc, k) is "anyone" or "anybody" or "everyone" or "everybody" or "yourself")))
        { skip = true; return null; }
        // "claiming the election was stolen", "members of Congress have abused their power": an election stolen or a power
        // abused is an accusation's figure, no seizure or violence
        if (found is not null && found.Value.Code[..2] is "17" or "18" && lemma is "steal" or "rig" or "abuse" or "misuse"
            && kids.Any(k => doc.Tokens[k].Deprel is "obj" or "nsubj:pass" && Lemma(doc, k) is "election" or "elections" or "vote" or "votes" or "power"
                or "powers" or "position" or "authority" or "office" or "trust" or "privilege" or "privileges" or "mandate" or "seat"))
        { skip = true; return null; }
        // "According to Agence France-Presse": the preposition, not the verb "accord" (grant)
        if (found is not null && lemma == "accord" && doc.Form(t).Equals("according", StringComparison.OrdinalIgnoreCase)) { skip = true; return null; }
        // "indicted by the U.N. war crimes court for atrocities": an indictment accuses (CAMEO 112x), of war crimes when it says so
        if (found is { Code: "1121" } && lemma == "indict" && Enumerable.Range(s.FirstToken, s.EndToken - s.FirstToken)
                .Any(i => Lemma(doc, i) is "atrocity" or "atrocities" or "genocide" || Lemma(doc, i) == "crime" && i > 0 && Lemma(doc, i - 1) == "war"))
            found = ("1124", "verb indict + war crimes");
        // "arrested in Lebanon for collaborating with Israel", "jailed on allegations of treason": held as a traitor or a spy,
        // which CAMEO codes as the accusation (1125)
        if (found is not null && found.Value.Code[..2] == "17" && lemma is "arrest" or "detain" or "jail" or "imprison" or "hold" or "sentence"
            && kids.Any(k => doc.Tokens[k].Deprel is "obl" or "advcl" && Children(doc, s, k).Any(c => Lemma(doc, c) is "for" or "on")
                && Enumerable.Range(k, Math.Min(6, s.EndToken - k)).Any(i => Lemma(doc, i) is "treason" or "espionage" or "spying" or "spy" or "sedition" or "collaborate" or "collaborating" or "collaboration")))
            found = ("1125", $"verb {lemma} + treason");
        // "ordered the opposition newspaper to suspend publication", "police prevented the demonstration": an authority
        // closing or stopping what others do is an administrative sanction (172), not a demand or a rejection
        if (found is not null && lemma is "order" or "force" or "compel" && kids.FirstOrDefault(k => doc.Tokens[k].Deprel is "xcomp" or "advcl" && k > t
                && Lemma(doc, k) is "suspend" or "close" or "shut" or "stop" or "halt" or "cease" or "disband" or "dissolve", -1) is var closing && closing >= 0)
            found = ("172", $"verb {lemma} + to {Lemma(doc, closing)}");
        if (found is not null && lemma is "prevent" or "stop" or "ban" or "forbid" or "prohibit" or "block" && obj >= 0 && ProtestNouns.Contains(Lemma(doc, obj))
            && kids.Any(k => doc.Tokens[k].Deprel == "nsubj" && (Actors.AgentRole(doc.Form(k), doc.Tokens[k].Lemma) is "COP" or "GOV" or "MIL" or "JUD")))
            found = ("172", $"verb {lemma} + {Lemma(doc, obj)}");
        // "guerrillas blew up three power lines", "sabotaged a gas pipeline": destroying property, not armed clashes (1712)
        if (found is not null && (lemma == "blow" && kids.Any(k => doc.Tokens[k].Deprel == "compound:prt" && Lemma(doc, k) == "up") || lemma is "sabotage" or "dynamite")
            && obj >= 0 && Lemma(doc, obj) is "line" or "lines" or "pipeline" or "pipelines" or "bridge" or "bridges" or "tower" or "towers" or "pylon" or "pylons"
                or "station" or "building" or "buildings" or "railway" or "track" or "tracks" or "road" or "dam" or "plant" or "facility" or "office" or "offices"
                or "house" or "houses" or "home" or "homes" or "school" or "church" or "mosque" or "shrine" or "statue" or "monument")
            found = ("1712", $"verb {lemma} + {Lemma(doc, obj)}");
        // "killed the deputy chief of Israel's militia ally", "shot dead the provincial governor": killing someone for the
        // office they hold is an assassination (186), as the CAMEO codebook codes it
        if (found is not null && found.Value.Code[..2] is "18" or "19" && lemma is "kill" or "murder" or "assassinate" or "shoot" && obj >= 0
            && Lemma(doc, obj) is "chief" or "leader" or "minister" or "president" or "governor" or "mayor" or "premier" or "lawmaker"
                or "politician" or "legislator" or "senator" or "judge" or "prosecutor" or "cleric" or "deputy" or "commander" or "head"
            && !kids.Any(k => doc.Tokens[k].Deprel == "aux:pass")
            // (not by strikes or weapons: "Predator attacks have killed eight al-Qaeda leaders" is military force)
            && !kids.Any(k => doc.Tokens[k].Deprel == "nsubj" && (IsEventNoun(doc, s, k) || IsMunition(doc, s, k) || NounTriggers.ContainsKey(NounKey(doc, k, Lemma(doc, k))))))
            found = ("186", $"verb {lemma} + {Lemma(doc, obj)}");
        // "holding thousands of civilians as human shields" (184)
        // (the parser may hang "as human shields" on the object)
        if (lemma is "hold" or "use" && kids.Concat(kids.Where(k => doc.Tokens[k].Deprel == "obj").SelectMany(k => Children(doc, s, k)))
                .Any(k => doc.Tokens[k].Deprel is "obl" or "xcomp" or "nmod" && Lemma(doc, k) is "shield" or "shields" && Children(doc, s, k).Any(c => Lemma(doc, c) == "human")))
            found = ("184", $"verb {lemma} + as human shields");
        // "Soviet aircraft killed 46 civilians", "jets pounded the town": force from the air is aerial weapons (195)
        if (found is not null && found.Value.Code[..2] is "18" or "19" or "20" && found.Value.Code is not "195"
            && kids.Any(k => doc.Tokens[k].Deprel == "nsubj" && IsAircraft(doc, s, k)))
            found = ("195", $"verb {lemma} + by aircraft");
        // "forced the UN refugee agency out of the country": an expulsion (174), of an aid agency 1663, of many people 201
        // (the parser may hang "out of the country" on the object)
        if (found is not null && lemma is "force" or "drive" or "kick" or "push" && (found.Value.Code == "174"
                || kids.Concat(obj >= 0 ? Children(doc, s, obj) : []).Any(k => doc.Tokens[k].Deprel is "obl" or "nmod" or "compound:prt" or "advmod" && Lemma(doc, k) == "out"
                    || doc.Tokens[k].Deprel is "obl" or "nmod" && Children(doc, s, k).Any(c => Lemma(doc, c) == "out"))))
        {
            found = ("174", $"verb {lemma} + out");
            if (obj >= 0 && ResolveActor(doc, s, obj, null, new ArticleFocus()).Code is { } expelled
                && (expelled.StartsWith("IGO", StringComparison.Ordinal) || expelled.StartsWith("NGO", StringComparison.Ordinal)))
                found = ("1663", $"verb {lemma} + out + aid agency");
            else if (obj >= 0 && (Lemma(doc, obj) is "thousand" or "thousands" or "hundreds"
                || Children(doc, s, obj).Any(c => doc.Tokens[c].Deprel == "nummod" && int.TryParse(doc.Form(c).Replace(",", ""), out var many) && many >= 1000)))
                found = ("201", $"verb {lemma} + out + thousands");
        }
        // "troops remained on alert", "police were put on high alert": raised alert status (152 military, 151 police)
        if (lemma is "remain" or "be" or "put" or "place" or "keep" or "stay" or "go"
            && kids.FirstOrDefault(k => doc.Tokens[k].Deprel is "obl" or "xcomp" && Lemma(doc, k) == "alert"
                && Children(doc, s, k).Any(c => Lemma(doc, c) == "on"), -1) is var alert && alert >= 0
            && kids.FirstOrDefault(k => doc.Tokens[k].Deprel is "nsubj" or "nsubj:pass" or "obj", -1) is var alerted && alerted >= 0
            && Actors.AgentRole(doc.Form(alerted), doc.Tokens[alerted].Lemma) is { } force && force is "MIL" or "COP")
            found = (force == "COP" ? "151" : "152", $"verb {lemma} + on alert");
        // "we will never take your support for granted": an idiom, no grant
        if (lemma == "grant" && t > s.FirstToken && Lemma(doc, t - 1) == "for") { skip = true; return null; }
        // "Kokesh, who hails from Arizona": coming from a place is no praise
        if (lemma == "hail" && kids.Any(k => doc.Tokens[k].Deprel is "obl" && Children(doc, s, k).Any(c => Lemma(doc, c) == "from"))) { skip = true; return null; }
        // "died at home, surrounded by family": surrounded by one's own is no siege
        if (lemma == "surround" && kids.Any(k => doc.Tokens[k].Deprel is "obl" or "obl:agent" && Lemma(doc, k) is "family" or "families" or "relative"
                or "relatives" or "friend" or "friends" or "fan" or "fans" or "supporter" or "supporters" or "wife" or "husband" or "children" or "loved"))
        { skip = true; return null; }
        // "foiled an infiltration bid": fighting off infiltrators (PETRARCH-2's "foil bid" is rejecting a leadership change)
        if (lemma is "foil" or "thwart" or "repulse" or "repel" && obj >= 0
            && Children(doc, s, obj).Any(c => doc.Tokens[c].Deprel is "compound" or "nmod" && Lemma(doc, c) is "infiltration" or "attack" or "incursion" or "intrusion"))
            found = ("190", $"verb {lemma} + {Lemma(doc, obj)}");
        // "eliminated 10 Maoists", "neutralised three infiltrators": killing counted people; "the operation to eliminate
        // the ISIL network" or "eliminated restrictions" is no killing
        if (lemma is "eliminate" or "neutralise" or "neutralize" && found is { Code: "190" }
            && !kids.Any(k => doc.Tokens[k].Deprel is "obj" or "nsubj:pass" && (Children(doc, s, k).Any(c => doc.Tokens[c].Deprel == "nummod")
                || PersonNouns.Contains(Lemma(doc, k).ToLowerInvariant()) || PersonNouns.Contains(doc.Form(k).ToLowerInvariant()))))
        { skip = true; return null; }
        // "13 khawarij were sent to hell": the Pakistani military's word for killing them
        if (lemma is "send" or "dispatch" && kids.Any(k => doc.Tokens[k].Deprel == "obl" && Lemma(doc, k) == "hell"))
            found = ("190", $"verb {lemma} + to hell");
        return found;
    }

    static readonly FrozenSet<string> IntentNouns = new[] { "plan", "proposal", "decision", "resolution", "bid", "attempt", "effort", "intention",
        "readiness", "willingness", "offer", "promise", "pledge", "vow", "threat", "motion", "bill", "move", "push", "campaign", "order", "call", "demand", "request" }.ToFrozenSet();

    /// <summary>The intention noun a verb complements ("plans to remove" → plans) when that noun is the object or
    /// oblique of a verb; else -1.</summary>
    static int IntentNoun(Doc doc, int t)
    {
        if (doc.Tokens[t].Deprel != "acl" || doc.Tokens[t].Head is var n && n < 0) return -1;
        var l = Lemma(doc, n);
        if (!(IntentNouns.Contains(l) || l.EndsWith('s') && IntentNouns.Contains(l[..^1]))) return -1;
        return doc.Tokens[n].Deprel is "obj" or "obl" or "nsubj:pass" && doc.Tokens[n].Head >= 0 ? n : -1;
    }

    /// <summary>An attempt is the act itself, not an intention (CAMEO codes attempted acts as the acts).</summary>
    static bool IsAttempt(Doc doc, int noun) => Lemma(doc, noun) is "attempt" or "attempts" or "bid" or "bids";

    static readonly FrozenSet<string> ElectionWords = new[] { "election", "elections", "vote", "votes", "voter", "voters", "poll", "polls", "ballot",
        "margin", "seat", "seats", "primary", "primaries", "caucus", "caucuses", "runoff", "referendum", "candidate", "candidates", "electorate", "constituency" }.ToFrozenSet();

    static bool ElectoralSentence(Doc doc, Sentence s)
    {
        // (words, not modifiers: "primary school teachers" are no primary election)
        for (int i = s.FirstToken; i < s.EndToken; i++)
            if (doc.Tokens[i].Upos is "NOUN" or "PROPN" && (ElectionWords.Contains(Lemma(doc, i)) || ElectionWords.Contains(doc.Form(i).ToLowerInvariant()))
                // ("Hagan defeated incumbent Republican US Senator Elizabeth Dole")
                || Lemma(doc, i) == "incumbent") return true;
        return false;
    }

    /// <summary>Possible base forms of an inflected verb: defeated → defeat, created → create, shelled → shell,
    /// carried → carry, shooting → shoot, bombs → bomb.</summary>
    static IEnumerable<string> VerbStems(string form)
    {
        // (past forms the lemmatizer may leave alone when the tagger hesitates: "shot" as a noun or a verb)
        if (Lemmatizer.IrregularPastVerb(form) is { } irregular) yield return irregular;
        foreach (var (suffix, add) in new[] { ("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("es", ""), ("s", "") })
        {
            if (form.Length < suffix.Length + 2 || !form.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = form[..^suffix.Length];
            yield return stem + add;
            // doubled final consonant: shelled → shell is above, stopped → stop here
            if (add.Length == 0 && stem.Length > 3 && stem[^1] == stem[^2] && suffix is "ed" or "ing") yield return stem[..^1];
        }
    }

    static readonly FrozenSet<string> SpeechNouns = new[] { "speech", "address", "interview", "statement", "briefing", "lecture", "testimony",
        "remarks", "sermon", "press conference", "news conference", "announcement", "presentation", "eulogy" }.ToFrozenSet();

    /// <summary>Verbs whose object, not subject, performs the complement: "asked Zelensky to investigate".</summary>
    static readonly FrozenSet<string> ObjectControl = new[] { "ask", "urge", "order", "tell", "request", "invite", "encourage", "persuade", "expect",
        "press", "pressure", "push", "force", "compel", "allow", "permit", "instruct", "direct", "call", "beg", "implore", "advise", "warn" }.ToFrozenSet();

    /// <summary>Verbs that take a deed as a topic ("compared legalizing same-sex marriage to …", "opposed arming the rebels",
    /// "condemned shelling civilians"): a gerund after them is no deed of their subject, as one after "began" or "denied" is.</summary>
    static readonly FrozenSet<string> GerundTopicVerbs = new[] { "compare", "liken", "equate", "oppose", "support", "back", "favour", "favor",
        "condemn", "criticise", "criticize", "denounce", "defend", "justify", "propose", "advocate", "suggest", "recommend", "discuss",
        "debate", "describe", "mention", "praise", "welcome", "reject", "ban", "prohibit", "forbid", "permit", "allow", "authorise", "authorize",
        "approve", "endorse", "encourage", "discourage", "protest", "decry", "deplore", "applaud", "mock", "question", "explain",
        // (after a verb of saying it is the clause said, misread: "Waddoups wrote denying American Samoans citizenship violated …")
        "write", "say", "argue", "state", "note", "add", "tweet", "post" }.ToFrozenSet();

    /// <summary>Whether "a" or "an" and a noun or a quote follow the head of what is called, inside its phrase or just
    /// after it ("called Omar a “terrorist”", "called the president a liar").</summary>
    static bool NameAfter(Doc doc, Sentence s, int called)
    {
        int end = Math.Min(Phrase(doc, s, called).End + 1, s.EndToken - 1);
        for (int k = called + 1; k < end; k++)
            if (doc.Form(k).ToLowerInvariant() is "a" or "an" && doc.Tokens[k + 1].Upos is "NOUN" or "ADJ" or "PUNCT") return true;
        return false;
    }

    /// <summary>Whether <paramref name="k"/> is the comment declined or refused ("declined to comment", "refused to say
    /// when", "declined to provide details"); not a response to a demand ("refused to respond to a demand from the US
    /// President" is a rejection of it).</summary>
    static bool CommentDeclined(Doc doc, Sentence s, int k)
    {
        if (doc.Tokens[k].Head < 0 || Lemma(doc, doc.Tokens[k].Head) is not ("decline" or "refuse")) return false;
        // (the tagger may read "declined to comment." as a noun after a preposition)
        if (doc.Tokens[k].Deprel == "obl" && HasCase(doc, s, k, "to") && Lemma(doc, k) == "comment") return true;
        if (doc.Tokens[k].Deprel is not ("xcomp" or "advcl" or "ccomp") || !HasMark(doc, s, k, "to")) return false;
        var kids = Children(doc, s, k);
        return Lemma(doc, k) switch
        {
            "comment" or "say" or "elaborate" or "discuss" or "confirm" or "specify" or "speculate" or "disclose" or "reveal" or "identify"
                or "name" or "detail" or "explain" => true,
            "answer" or "respond" => !kids.Any(c => doc.Tokens[c].Deprel is "obl" && HasCase(doc, s, c, "to")
                || doc.Tokens[c].Deprel == "obj" && Lemma(doc, c) is not ("question" or "questions")),
            "provide" or "give" => kids.Any(c => doc.Tokens[c].Deprel == "obj" && Lemma(doc, c) is "detail" or "details" or "comment" or "information"),
            _ => false,
        };
    }

    /// <summary>Goods that are seized or captured (CAMEO 171, confiscating property).</summary>
    static readonly FrozenSet<string> SeizedGoods = new[] { "weapon", "weapons", "firearm", "firearms", "gun", "guns", "arms", "rifle", "rifles",
        "ammunition", "explosive", "explosives", "drug", "drugs", "narcotic", "narcotics", "heroin", "cocaine", "opium", "hashish", "methamphetamine",
        "cash", "money", "currency", "asset", "assets", "property", "properties", "goods", "vehicle", "vehicles", "car", "cars", "truck", "trucks",
        "ship", "ships", "vessel", "vessels", "boat", "boats", "tanker", "tankers", "aircraft", "plane", "planes", "helicopter", "drone", "drones",
        "cargo", "consignment", "shipment", "substance", "substances", "skin", "skins", "ivory", "passport", "passports", "document", "documents",
        "computer", "computers", "phone", "phones", "equipment", "material", "materials", "contraband", "fuel", "oil", "grain", "tank", "tanks",
        "launcher", "launchers", "missile", "missiles", "rocket", "rockets", "mortar", "mortars", "grenade", "grenades", "device", "devices" }.ToFrozenSet();

    /// <summary>What one side yields to another by accepting it (CAMEO 08): its demands and conditions, a ruling or an outcome.</summary>
    static readonly FrozenSet<string> YieldedThings = new[] { "demand", "condition", "term", "terms", "ultimatum", "request", "result",
        "outcome", "verdict", "ruling", "decision", "sovereignty", "independence", "autonomy", "mediation", "ceasefire", "truce",
        "surrender", "resignation", "defeat", "jurisdiction", "inspection", "inspector", "peacekeeper", "observer", "monitor",
        // (and what is refused: "will not accept attempts to assert unlawful maritime claims")
        "attempt", "claim", "interference", "annexation", "occupation", "aggression", "violation", "provocation" }.ToFrozenSet();

    /// <summary>Verbs of killing, whose object must be people ("killed the bill" is legislation, "executed a shutdown" is management).</summary>
    static readonly FrozenSet<string> KillVerbs = new[] { "kill", "execute", "murder", "assassinate", "behead", "shoot", "slay", "massacre", "martyr",
        // (only people are neutralised or eliminated in this sense: "eliminated poverty" is no killing)
        "neutralise", "neutralize", "eliminate", "gun" }.ToFrozenSet();

    static readonly FrozenSet<string> Munitions = new[] { "round", "rounds", "shell", "shells", "missile", "missiles", "rocket", "rockets", "bullet",
        "bullets", "mortar", "mortars", "grenade", "grenades", "bomb", "bombs", "artillery", "shot", "shots", "salvo", "salvoes", "volley", "ammunition", "projectile", "projectiles",
        "gas", "teargas" }.ToFrozenSet();

    /// <summary>Whether a word names people: a person, a people's or a party's noun, an agent ("troops") or a named person.</summary>
    bool NamesPeople(Doc doc, int k) => PersonNouns.Contains(Lemma(doc, k)) || CivilianWords.Contains(Lemma(doc, k)) || ActorWords.Contains(Lemma(doc, k))
        || Actors.AgentRole(doc.Form(k), doc.Tokens[k].Lemma) is not null || doc.EntitiesAt(k).Any(e => e.Type == EntityType.PERSON);

    /// <summary>Whether "attack" is said of words: a person (by name) attacks a person or a thing that is no place, people or
    /// armed party, in a sentence without weapons, munitions, killing or wounding.</summary>
    bool VerbalAttack(Doc doc, Sentence s, int t, List<int> kids)
    {
        int attacker = kids.FirstOrDefault(k => doc.Tokens[k].Deprel == "nsubj", -1);
        // (a participle or conjoined verb shares its head's subject: "Trump responded …, attacking the subpoena")
        if (attacker < 0 && doc.Tokens[t].Deprel is "advcl" or "conj" or "xcomp" && doc.Tokens[t].Head >= 0)
            attacker = Children(doc, s, doc.Tokens[t].Head).FirstOrDefault(k => doc.Tokens[k].Deprel == "nsubj", -1);
        int attacked = kids.FirstOrDefault(k => doc.Tokens[k].Deprel == "obj", -1);
        if (attacker < 0 || attacked < 0 || !doc.EntitiesAt(attacker).Any(e => e.Type == EntityType.PERSON)) return false;
        bool personAttacked = doc.EntitiesAt(attacked).Any(e => e.Type == EntityType.PERSON);
        bool thingAttacked = doc.Tokens[attacked].Upos == "NOUN" && !NamesPeople(doc, attacked) && !PlaceNouns.Contains(Lemma(doc, attacked))
            && !OwnedPlaces.Contains(Lemma(doc, attacked));
        if (!personAttacked && !thingAttacked) return false;
        for (int i = s.FirstToken; i < s.EndToken; i++)
            if (KillVerbs.Contains(Lemma(doc, i)) || IsMunition(doc, s, i) || Lemma(doc, i) is "knife" or "gun" or "weapon" or "weapons" or "rifle" or "pistol"
                    or "sword" or "axe" or "machete" or "acid" or "wound" or "injure" or "injured" or "wounded" or "stab" or "punch" or "beat" or "assault" or "dead" or "die")
                return false;
        return true;
    }

    /// <summary>"artillery rounds", "dozens of rockets".</summary>
    static bool IsMunition(Doc doc, Sentence s, int k) =>
        Munitions.Contains(Lemma(doc, k)) || Children(doc, s, k).Any(c => doc.Tokens[c].Deprel == "nmod" && Munitions.Contains(Lemma(doc, c)));

    static readonly FrozenSet<string> JobNouns = new[] { "position", "post", "office", "seat", "title", "job", "role", "portfolio", "presidency",
        "chairmanship", "premiership", "leadership", "mandate", "throne", "crown", "nomination" }.ToFrozenSet();

    static readonly FrozenSet<string> PlaceNouns = new[] { "airport", "border", "city", "town", "village", "province", "district", "region", "area",
        "port", "base", "camp", "valley", "crossing", "checkpoint", "capital", "state", "county", "suburb", "outskirts", "street", "square",
        "highway", "road", "bridge", "river", "coast", "island", "airbase", "airfield", "prison", "hospital", "market", "station" }.ToFrozenSet();

    static readonly FrozenSet<string> Mishaps = new[] { "crash", "accident", "collision", "virus", "coronavirus", "disease", "pandemic", "epidemic", "outbreak", "plague",
        // the economy's blows ("farmers hit by retaliatory tariffs", "a country hit by recession")
        "tariff", "recession", "inflation", "downturn", "slowdown", "shortage", "layoff",
        "flood", "flooding", "storm", "cyclone", "hurricane", "typhoon", "earthquake", "quake", "tsunami", "landslide", "avalanche", "heat",
        "heatwave", "wildfire", "fire", "blaze", "lightning", "drought", "famine", "illness", "cancer", "infection", "covid", "stampede", "derailment",
        "wind", "winds", "rain", "rains", "snow", "snowfall", "tornado", "storm surge", "monsoon",
        // animals ("was killed by his lions", "mauled by a leopard")
        "lion", "tiger", "leopard", "elephant", "bear", "shark", "crocodile", "snake", "wolf", "dog", "bull", "jackal" }.ToFrozenSet();

    /// <summary>An accident, disaster or disease ("the crash", "the virus", "a landslide").</summary>
    static readonly FrozenSet<string> MishapVerbs = new[] { "crash", "collapse", "capsize", "sink", "derail", "drown" }.ToFrozenSet();
    static readonly FrozenSet<string> ViolenceWords = new[] { "attack", "bomb", "bombing", "blast", "explosion", "explosive", "strike", "airstrike",
        "shelling", "shell", "gunman", "gunmen", "militant", "terrorist", "insurgent", "rebel", "shoot", "shooting", "raid", "ambush", "clash",
        "fighting", "war", "troops", "soldier", "police", "army", "massacre", "murder", "execute", "gun", "rocket", "missile", "drone", "suicide",
        "assailant", "attacker", "riot", "violence", "militia" }.ToFrozenSet();

    /// <summary>A noun that names violence (an attack, a bombing, a raid: CAMEO 18-20).</summary>
    static bool IsViolenceNoun(Doc doc, int k) =>
        doc.Tokens[k].Upos == "NOUN" && NounTriggers.TryGetValue(NounKey(doc, k, Lemma(doc, k)), out var code) && code[..2] is "18" or "19" or "20";

    /// <summary>Verbs of going somewhere, a visit when the place is a country or its capital.</summary>
    static readonly FrozenSet<string> VisitVerbs = new[] { "travel", "fly", "go", "head", "arrive" }.ToFrozenSet();

    /// <summary>The country or capital a verb of going goes to ("to Beijing"; "in Islamabad" after arrive), or -1; none when
    /// something is carried there ("flies fighters and cargo to Syria").</summary>
    int VisitedPlace(Doc doc, Sentence s, List<int> kids, string lemma)
    {
        if (kids.Any(k => doc.Tokens[k].Deprel == "obj")) return -1;
        foreach (var k in kids)
        {
            if (doc.Tokens[k].Deprel != "obl" || doc.Tokens[k].Upos != "PROPN") continue;
            if (!(HasCase(doc, s, k, "to") || lemma == "arrive" && (HasCase(doc, s, k, "in") || HasCase(doc, s, k, "at")))) continue;
            // (the name alone, its compounds and flat parts: "New Delhi", "the United States")
            int start = k, end = k + 1;
            while (start - 1 >= s.FirstToken && doc.Tokens[start - 1].Upos == "PROPN" && doc.Tokens[start - 1].Head == k) start--;
            while (end < s.EndToken && doc.Tokens[end].Upos == "PROPN" && doc.Tokens[end].Head == k) end++;
            var key = ActorDictionary.Normalise(doc.SpanText(doc.Tokens[start].Start, doc.Tokens[end - 1].End));
            if (Places.IsCountry(key) || Places.IsCapital(key)) return k;
        }
        return -1;
    }

    /// <summary>What breaks out besides the violence words: "a fight broke out", "unrest broke out".</summary>
    static readonly FrozenSet<string> Outbreaks = new[] { "fight", "brawl", "scuffle", "unrest", "gunfight", "firefight", "skirmish", "hostility", "hostilities", "battle" }.ToFrozenSet();

    /// <summary>Whether a sentence tells of a disaster or an accident (a storm, a crash) and names no attacker, weapon or fighting.</summary>
    static bool DisasterSentence(Doc doc, Sentence s)
    {
        bool mishap = false;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            var l = Lemma(doc, i);
            // (not in a name: "a World War II-era bomber crashed")
            if (doc.Tokens[i].Upos != "PROPN" && (ViolenceWords.Contains(l) || l.EndsWith('s') && ViolenceWords.Contains(l[..^1]))) return false;
            mishap |= doc.Tokens[i].Upos == "NOUN" && l != "fire" && (Mishaps.Contains(l) || l.EndsWith('s') && Mishaps.Contains(l[..^1]))
                || doc.Tokens[i].Upos == "VERB" && MishapVerbs.Contains(l);
        }
        return mishap;
    }

    static bool IsMishap(Doc doc, Sentence s, int k)
    {
        if (k < 0) return false;
        var l = Lemma(doc, k);
        // "killed in the fire" is a blaze, "killed in cross-border fire" or "in heavy fire" is shooting
        if (l == "fire") return !Children(doc, s, k).Any(c => doc.Tokens[c].Deprel is "amod" or "compound");
        return Mishaps.Contains(l) || l.EndsWith('s') && Mishaps.Contains(l[..^1]) || l.StartsWith("covid", StringComparison.Ordinal);
    }

    /// <summary>"an offensive with airstrikes": an event is no party to another event, unless someone's
    /// ("agreed to US mediation" is agreeing with the United States).</summary>
    static bool IsEventNoun(Doc doc, Sentence s, int k)
    {
        if (doc.Tokens[k].Upos != "NOUN" || !NounTriggers.ContainsKey(NounKey(doc, k, Lemma(doc, k)))) return false;
        var (start, end) = ActorSpan(doc, s, k);
        for (int i = start; i < end; i++)
            if (i != k && (doc.Tokens[i].Upos == "PROPN" || doc.Tokens[i].Deprel == "nmod:poss" || doc.EntitiesAt(i).Any(e => e.Type is EntityType.GPE or EntityType.NORP or EntityType.ORG or EntityType.PERSON)))
                return false;
        return true;
    }

    static bool IsTime(Doc doc, int k) =>
        doc.Tokens[k].Deprel is "obl:tmod" or "obl:unmarked" && doc.Tokens[k].Upos != "PROPN"
        || doc.EntitiesAt(k).Any(e => e.Type == EntityType.DATE)
        || Lemma(doc, k) is "today" or "yesterday" or "tomorrow" or "tonight" or "week" or "month" or "year" or "day" or "morning" or "evening" or "night" or "weekend";

    /// <summary>A clause with must/should and a subject, under a speech verb that has a speaker.</summary>
    bool MustUnderSpeech(Doc doc, Sentence s, int t, List<int> kids) =>
        doc.Tokens[t].Deprel == "ccomp" && doc.Tokens[t].Head is var h && h >= 0 && SpeechVerbs.Contains(Lemma(doc, h))
        && kids.Any(k => doc.Tokens[k].Deprel == "aux" && Lemma(doc, k) is "must" or "should")
        && kids.Any(k => doc.Tokens[k].Deprel is "nsubj" or "nsubj:pass")
        && Children(doc, s, h).Any(k => doc.Tokens[k].Deprel == "nsubj");

    /// <summary>
    /// CAMEO codes a stated intention as an event of its own: "Portugal will support Turkey" is 032 (express intent
    /// to cooperate), "vowed to attack" is 138 (threaten military force). A trigger under "will", under an intent
    /// verb (agree to, pledge to, threaten to, plan to) or under "would" in reported speech becomes its intent code.
    /// "Could", "may" and "might" stay hypothetical.
    /// </summary>
    (string Code, bool Intent) Intent(Doc doc, Sentence s, int t, List<int> kids, string code)
    {
        bool Will(List<int> children) => children.Any(k => doc.Tokens[k].Deprel == "aux" && Lemma(doc, k) is "will" or "'ll" or "shall" or "wo");
        // ("will travel to Beijing next week to meet Xi": the purpose of a future journey is as future as the journey; not what
        // someone will be asked to do, "we will ask the ICC to open an investigation", which is the ICC's, hypothetical)
        bool willing = Will(kids) || doc.Tokens[t].Deprel is "advcl" or "xcomp" && HasMark(doc, s, t, "to") && doc.Tokens[t].Head is >= 0 and var purposeOf
            && doc.Tokens[purposeOf].Upos == "VERB" && !ObjectControl.Contains(Lemma(doc, purposeOf)) && Will(Children(doc, s, purposeOf));
        bool reportedWould = kids.Any(k => doc.Tokens[k].Deprel == "aux" && Lemma(doc, k) == "would") && doc.Tokens[t].Deprel == "ccomp"
            && doc.Tokens[t].Head >= 0 && SpeechVerbs.Contains(Lemma(doc, doc.Tokens[t].Head));
        bool underIntent = doc.Tokens[t].Deprel == "xcomp" && doc.Tokens[t].Head >= 0 && Lemma(doc, doc.Tokens[t].Head) is var hl
            && (IntentVerbs.Contains(hl) || hl is "agree" or "ready" or "willing" or "prepared" or "poised" or "commit")
            // ("staff want him to resign", "expects Iran to retaliate": what someone wants another to do is no intention of
            // the other's)
            && !Children(doc, s, doc.Tokens[t].Head).Any(k => doc.Tokens[k].Deprel == "obj" && doc.Tokens[t].Head < k && k < t)
            || IntentNoun(doc, t) is var noun && noun >= 0 && !IsAttempt(doc, noun);
        if (!(willing || reportedWould || underIntent)) return (code, false);
        // "will withdraw its force from Chad unless Goukouni arranges a ceasefire": an intention on a condition is a threat
        // (the parser may hang the condition on the reporting verb: "announced that it will withdraw … unless …")
        bool Unless(int v) => Children(doc, s, v).Any(k => doc.Tokens[k].Deprel == "advcl" && Children(doc, s, k).Any(c => doc.Tokens[c].Deprel == "mark" && Lemma(doc, c) == "unless"));
        if (Unless(t) || doc.Tokens[t].Deprel == "ccomp" && doc.Tokens[t].Head >= 0 && SpeechVerbs.Contains(Lemma(doc, doc.Tokens[t].Head)) && Unless(doc.Tokens[t].Head))
            return (code[..2] switch { "15" or "18" or "19" or "20" => "138", "17" => "137", "16" => "1313", "13" => code, _ => "130" }, true);
        var mapped = code[..2] switch
        {
            "03" or "13" or "02" or "10" or "01" => code,
            "04" => "036", "05" => "032", "06" => "031", "07" => "033", "08" => "035", "09" => "030",
            "11" or "12" => code,
            "14" => "133", "16" => "132", "17" => "137", "15" or "18" or "19" or "20" => "138",
            _ => code,
        };
        return (mapped, mapped != code || code[..2] is "03" or "13");
    }

    /// <summary>Whether the one who allows (supports, encourages) is a party (a person, a group, a government, a country), not a thing: a
    /// participle modifying a noun allows what the noun is ("a licence allowing him"), a subject is looked for on the verb
    /// and, for a controlled or conjoined verb, on its head.</summary>
    bool DoneByAParty(Doc doc, Sentence s, int t, List<int> kids)
    {
        int allower = kids.FirstOrDefault(k => doc.Tokens[k].Deprel == "nsubj", -1);
        // (a passive's doer is its agent: "an operation supported by Russia")
        if (doc.Tokens[t].Xpos == "VBN" && (doc.Tokens[t].Deprel == "acl" || kids.Any(k => doc.Tokens[k].Deprel == "aux:pass")))
        {
            int agent = kids.FirstOrDefault(k => doc.Tokens[k].Deprel == "obl:agent" || doc.Tokens[k].Deprel == "obl" && HasCase(doc, s, k, "by"), -1);
            if (agent < 0) return true;
            allower = agent;
        }
        if (allower < 0 && doc.Tokens[t].Deprel is "acl") allower = doc.Tokens[t].Head;
        if (allower >= 0 && doc.Tokens[t].Deprel == "acl:relcl" && Lemma(doc, allower) is "that" or "which") allower = doc.Tokens[t].Head;
        if (allower < 0 && doc.Tokens[t].Deprel is "xcomp" or "conj" && doc.Tokens[t].Head >= 0)
            allower = Children(doc, s, doc.Tokens[t].Head).FirstOrDefault(k => doc.Tokens[k].Deprel == "nsubj", -1);
        if (allower < 0) return true;
        if (doc.Tokens[allower].Upos == "PRON") return Lemma(doc, allower) is not ("this" or "something" or "nothing" or "what" or "that" or "which" or "nobody" or "anyone" or "anybody");
        if (doc.Tokens[allower].Upos != "NOUN") return true;
        var l = Lemma(doc, allower);
        // (a decision or a plan to allow is its owner's: "Trump's decision to allow part of the convention …", "a plan that
        // will not allow candidates from Hamas"; a bill is a law's draft, as a law is no party)
        return IntentNouns.Contains(l) && l != "bill" || ActorWords.Contains(l) || l.EndsWith('s') && ActorWords.Contains(l[..^1]) || ArePeople(doc, s, allower)
            || l is "government" or "authorities" or "authority" or "ministry" or "military" or "army" or "police" or "enforcement" or "court" or "judge" or "parliament" or "congress" or "senate"
            || doc.EntitiesAt(allower).Any(e => e.Type is EntityType.PERSON or EntityType.ORG or EntityType.GPE or EntityType.NORP);
    }

    /// <summary>What is hit as a figure reached or in an idiom, never by force ("hit the limits", "hit the road").</summary>
    static readonly FrozenSet<string> HitFigures = new[] { "limit", "limits", "record", "high", "low", "mark", "milestone", "bottom", "button",
        "key", "road", "ground", "shelf", "shelves", "headline", "headlines", "note", "notes", "jackpot", "snag", "stride", "everything", "portrayal",
        "nerve", "chord", "wall", "peak", "level", "levels", "threshold", "deal", "balance", "spot" }.ToFrozenSet();

    /// <summary>Whether "hit" or "strike" tells of a blow by a party or a weapon, not by a storm, a disease, an economic
    /// measure or a figure of speech.</summary>
    bool HitByForce(Doc doc, Sentence s, int t, List<int> kids)
    {
        bool passive = kids.Any(k => doc.Tokens[k].Deprel == "aux:pass");
        int hitter = kids.FirstOrDefault(k => passive ? doc.Tokens[k].Deprel == "obl:agent" || doc.Tokens[k].Deprel == "obl" && HasCase(doc, s, k, "by")
            : doc.Tokens[k].Deprel == "nsubj", -1);
        int struck = kids.FirstOrDefault(k => doc.Tokens[k].Deprel == (passive ? "nsubj:pass" : "obj"), -1);
        // (a figure reached or an idiom: "hit the limits", "hit the road")
        if (struck >= 0 && HitFigures.Contains(Lemma(doc, struck))) return false;
        if (hitter < 0) return true;
        var (start, end) = Phrase(doc, s, hitter);
        for (int i = start; i < end; i++)
        {
            var l = doc.Form(i).ToLowerInvariant();
            if (Mishaps.Contains(l) || l.EndsWith('s') && Mishaps.Contains(l[..^1]) || HarmlessCauses.Contains(l)) return false;
        }
        var hl = Lemma(doc, hitter);
        // (anyone who strikes a person: "others struck him with their fists")
        return struck >= 0 && ArePeople(doc, s, struck) || ActorLike(doc, s, hitter) || ArePeople(doc, s, hitter) || Munitions.Contains(hl) || AircraftNouns.Contains(hl)
            || ViolenceWords.Contains(hl) || hl.EndsWith('s') && ViolenceWords.Contains(hl[..^1])
            || hl is "brick" or "bricks" or "stone" or "stones" or "rock" or "rocks" or "bottle" or "bottles" or "baton" or "batons" or "club" or "rod" or "pellet" or "pellets"
                or "strike" or "strikes" or "airstrike" or "airstrikes" or "barrage" or "fire" or "artillery" or "warship" or "vessel" or "tank";
    }

    /// <summary>Nouns that count what their "of" phrase names ("dozens of soldiers", "a number of journalists").</summary>
    static readonly FrozenSet<string> CountNouns = new[] { "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores",
        "number", "tens" }.ToFrozenSet();

    /// <summary>What a count's "of" phrase counts ("dozens | of soldiers"); -1 when it has none.</summary>
    static int CountedOf(Doc doc, Sentence s, int count) =>
        Children(doc, s, count).FirstOrDefault(c => doc.Tokens[c].Deprel == "nmod" && HasCase(doc, s, c, "of"), -1);

    /// <summary>Whether the phrase headed by a token names people ("him", "the little girl", "detainees", "Usman Khan", "the
    /// spokesman"), as the one seized, grabbed or held.</summary>
    bool ArePeople(Doc doc, Sentence s, int head)
    {
        // ("thousands of Tamil civilian refugees", "some of the detainees": the people counted)
        if ((CountNouns.Contains(Lemma(doc, head)) || Lemma(doc, head) is "some" or "many" or "most" or "all" or "several" || doc.Tokens[head].Upos == "NUM")
            && CountedOf(doc, s, head) is var counted && counted >= 0)
            head = counted;
        var (start, end) = Phrase(doc, s, head);
        var lemma = Lemma(doc, head);
        return doc.Tokens[head].Upos is "PRON" && doc.Form(head).ToLowerInvariant() is "him" or "her" or "them"
            || PersonNouns.Contains(lemma) || lemma is "girl" or "boy" or "baby" || CivilianWords.Contains(lemma) && !PlaceNouns.Contains(lemma)
            || Actors.AgentRole(doc.Form(head), doc.Tokens[head].Lemma) is not null
            || doc.EntitiesOverlapping(start, end).Any(e => e.Type == EntityType.PERSON);
    }

    /// <summary>Verbs that stop or cancel what their object names ("called off", "postponed", "suspended").</summary>
    static bool IsCancelling(Doc doc, Sentence s, int verb, string lemma, List<int> kids) =>
        lemma is "cancel" or "postpone" or "abandon" or "halt" or "stop" or "end" or "suspend" or "avert" or "defer" or "scrap" or "shelve"
        || lemma == "call" && (kids.Any(k => doc.Tokens[k].Deprel == "compound:prt" && Lemma(doc, k) == "off")
            || verb + 1 < s.EndToken && Lemma(doc, verb + 1) == "off"); // the parser may read "off" as a preposition

    /// <summary>A sentence whose root is a noun with no copula: a parse that missed the main verb.</summary>
    static bool FragmentRoot(Doc doc, Sentence s)
    {
        for (int i = s.FirstToken; i < s.EndToken; i++)
            if (doc.Tokens[i].Head < 0)
                return doc.Tokens[i].Upos is "NOUN" or "PROPN" && !Children(doc, s, i).Any(k => doc.Tokens[k].Deprel == "cop");
        return false;
    }

    /// <summary>What a stopping verb stops: its object, or the noun after a particle the parser read as a preposition ("called off the strike").</summary>
    static int CancelledObject(Doc doc, Sentence s, List<int> kids)
    {
        int obj = kids.FirstOrDefault(k => doc.Tokens[k].Deprel == "obj", -1);
        if (obj >= 0) return obj;
        return kids.FirstOrDefault(k => doc.Tokens[k].Deprel == "obl" && Children(doc, s, k).Any(c => doc.Tokens[c].Deprel == "case" && Lemma(doc, c) == "off"), -1);
    }

    static readonly FrozenSet<string> Passages = new[] { "road", "highway", "motorway", "bridge", "street", "traffic", "transport", "railway",
        "rail", "route", "entrance", "access", "crossing", "junction", "port", "airport", "border", "roads", "streets" }.ToFrozenSet();

    /// <summary>A passage blocked by people who hold no state force (workers, protesters, residents: not police, army or government).</summary>
    bool ProtestBlockade(Doc doc, Sentence s, List<int> kids)
    {
        int obj = CancelledObject(doc, s, kids);
        if (obj < 0 || !Passages.Contains(Lemma(doc, obj))) return false;
        int subj = kids.FirstOrDefault(k => doc.Tokens[k].Deprel == "nsubj", -1);
        if (subj < 0 || doc.Tokens[subj].Upos == "PROPN") return false;
        return Actors.AgentRole(doc.Form(subj), doc.Tokens[subj].Lemma) is null or "OPP" or "LAB" or "EDU" or "CVL" or "AGR" or "BUS" or "REF";
    }

    /// <summary>The event noun a verb of taking part is "in" ("engaged in ethnic cleansing"), or -1.</summary>
    static int EngagedIn(Doc doc, Sentence s, List<int> kids) =>
        kids.FirstOrDefault(k => doc.Tokens[k].Deprel is "obl" && doc.Tokens[k].Upos == "NOUN" && NounTriggers.ContainsKey(NounKey(doc, k, Lemma(doc, k)))
            && Children(doc, s, k).Any(c => doc.Tokens[c].Deprel == "case" && Lemma(doc, c) == "in"), -1);

    /// <summary>
    /// A stance toward something: "Israel is opposed to French mediation" rejects it, or its owner (120); "Vietnam is
    /// committed to opening up the economy", "remains committed to the peace process" state an intention to cooperate
    /// (030). The one who holds the stance is the subject, passive or not.
    /// </summary>
    void CodeStance(Article article, Doc doc, Sentence s, int t, DateOnly? date, ArticleFocus focus, List<CodedEvent> events, HashSet<string> seen)
    {
        var kids = Children(doc, s, t);
        bool opposed = doc.Form(t).ToLowerInvariant() == "opposed";
        bool ToPhrase(int k, bool oblOnly) => (oblOnly ? doc.Tokens[k].Deprel is "obl" : doc.Tokens[k].Deprel is "advcl" or "xcomp" or "obl")
            && Children(doc, s, k).Any(c => Lemma(doc, c) == "to");
        int to = kids.FirstOrDefault(k => ToPhrase(k, oblOnly: opposed), -1);
        var holders = kids.Where(k => doc.Tokens[k].Deprel is "nsubj" or "nsubj:pass").ToList();
        if (to < 0 || holders.Count == 0) return;
        holders = ExpandConj(doc, s, holders.Select(k => Antecedent(doc, s, k, t)).ToList());
        if (opposed) Emit(article, doc, s, t, holders, [to], "120", "adjective opposed + to", 0.7, date, focus, events, seen);
        else Emit(article, doc, s, t, holders, [], "030", "adjective committed", 0.7, date, focus, events, seen, intent: true);
    }

    /// <summary>"is opposed to", "is committed to": a participle of stance with a copula or passive auxiliary, coded as an adjective.</summary>
    static bool IsStance(Doc doc, Sentence s, int t) =>
        doc.Form(t).ToLowerInvariant() is "opposed" or "committed" && Children(doc, s, t).Any(k => doc.Tokens[k].Deprel is "cop" or "aux:pass");

    /// <summary>Verbs that lessen a restriction without ending it ("eased the curfew", "shortened the curfew").</summary>
    static bool IsEasing(string lemma) => lemma is "ease" or "relax" or "shorten" or "lift" or "loosen" or "reduce" or "scale" or "soften" or "cut" or "curtail";

    /// <summary>
    /// The event of stopping what a noun names, in CAMEO's own symmetry: ending a protest is yielding (080), easing a
    /// curfew, an emergency, a ban, sanctions or a blockade is 0813, 0814, 081, 085, 0872; stopping talks, mediation,
    /// a visit or aid is 164, 165, 160, 162; halting fighting is de-escalation (087); ending a ceasefire violates it (196).
    /// Easing verbs only lessen restrictions and aid. Null: no such event (the verb's own code stands).
    /// </summary>
    static string? CancelledCode(string nounCode, bool easingOnly)
    {
        string? restriction = nounCode switch
        {
            "1723" => "0813", "1724" => "0814", "172" => "081", "163" => "085", "191" => "0872", "07" or "070" => "162", _ => null,
        };
        if (restriction is not null || easingOnly) return restriction;
        return nounCode switch
        {
            "045" or "043" => "165", "042" => "160", "0871" => "196", "057" => "127",
            _ => nounCode[..2] switch { "14" => "080", "04" => "164", "07" => "162", "18" or "19" or "20" => "087", _ => null },
        };
    }

    static readonly FrozenSet<string> LabourStrikeWords = new[] { "general", "labour", "labor", "worker", "workers", "nationwide", "national",
        "day", "week", "month", "indefinite", "token", "wildcat", "teacher", "teachers", "doctor", "doctors", "nurse", "nurses", "transport",
        "trucker", "truckers", "union", "wage", "pay", "sit-down", "staff", "miner", "miners", "farmer", "farmers", "student", "students",
        "lawyer", "lawyers", "trader", "traders", "shutter-down", "wheel-jam" }.ToFrozenSet();

    /// <summary>A strike whose owner or modifier is a trade, a union or workers ("the teachers' strike", "a strike by dock workers").</summary>
    static bool LabourStrikeOwner(Doc doc, int t)
    {
        int sentence = SentenceIndex(doc, t);
        var s = doc.Sentences[sentence];
        foreach (var k in Children(doc, s, t))
        {
            if (doc.Tokens[k].Deprel is not ("nmod:poss" or "compound" or "amod" or "nmod")) continue;
            var l = Lemma(doc, k);
            if (LabourStrikeWords.Contains(l) || l.EndsWith('s') && LabourStrikeWords.Contains(l[..^1])) return true;
        }
        // "called off the strike", "ended the strike": a stopped strike with nothing struck is a labour strike
        int h = doc.Tokens[t].Head;
        if (h >= 0 && IsCancelling(doc, s, h, Lemma(doc, h), Children(doc, s, h))
            && !Children(doc, s, t).Any(k => doc.Tokens[k].Deprel == "nmod" && Children(doc, s, k).Any(c => doc.Tokens[c].Deprel == "case" && Lemma(doc, c) is "on" or "against")))
            return true;
        // "went on strike", "called off the strike" by a union or workers
        if (h >= 0 && Lemma(doc, h) is "go" or "call" or "end" or "stage" or "launch" or "begin" or "hold" or "suspend" or "continue")
            foreach (var k in Children(doc, s, h))
                if (doc.Tokens[k].Deprel == "nsubj" && Lemma(doc, k) is var sl && (LabourStrikeWords.Contains(sl) || sl.EndsWith('s') && LabourStrikeWords.Contains(sl[..^1])))
                    return true;
        return false;
    }

    static string NounKey(Doc doc, int t, string lemma)
    {
        // "war games", "joint military exercises", "naval drills": a show of force (joint ones are cooperation, see CodeNoun)
        if (lemma is "game" or "games" && t > 0 && Lemma(doc, t - 1) == "war"
            || lemma is "exercise" or "exercises" or "drill" or "drills" or "maneuver" or "maneuvers" or "manoeuvre" or "manoeuvres"
               && t > 0 && Lemma(doc, t - 1) is "military" or "naval" or "army" or "joint" or "air" or "war" or "live-fire" or "combat" or "missile" or "nuclear" or "amphibious")
            return "military exercise";
        // "a unilateral cease-fire": the tokenizer splits the hyphen, and the fire is no attack
        if (lemma == "fire" && t > 1 && doc.Form(t - 1) is "-" or "‑" && Lemma(doc, t - 2) == "cease") return "ceasefire";
        // "staged a sit-in", split by the tokenizer as UD splits hyphenated words
        if (lemma == "in" && t > 1 && doc.Form(t - 1) is "-" or "‑" && Lemma(doc, t - 2) == "sit") return "sit-in";
        // "the state of emergency", "martial law"
        if (lemma == "state" && t + 2 < doc.Tokens.Length && Lemma(doc, t + 1) == "of" && Lemma(doc, t + 2) is "emergency" or "siege") return "state of emergency";
        if (lemma == "law" && t > 0 && Lemma(doc, t - 1) == "martial") return "martial law";
        if (lemma is "measure" or "measures" or "rule" or "law" or "laws" or "powers" or "decree" && t > 0 && Lemma(doc, t - 1) == "emergency") return "state of emergency";
        // "air strikes" / "air strike": the compound modifier makes it an airstrike
        if (lemma is "strike" or "strikes" && t > 0 && Lemma(doc, t - 1) == "air") return "airstrike";
        // "mediation efforts", "a peacekeeping mission", "the relief operation": the modifier names the event
        if (lemma is "effort" or "efforts" or "mission" or "missions" or "process" or "campaign" or "operation" or "operations" or "bid" && t > 0
            && doc.Tokens[t - 1].Head == t && doc.Tokens[t - 1].Deprel is "compound" or "amod" && NounTriggers.ContainsKey(Lemma(doc, t - 1))) return Lemma(doc, t - 1);
        if (lemma is "strike" or "strikes" && t > 0 && Lemma(doc, t - 1) is "hunger") return "hunger strike";
        // "carried out ceasefire violations", "violations of the ceasefire"
        if (lemma is "violation" or "violations" && (t > 0 && Lemma(doc, t - 1) is "ceasefire" or "truce"
                || t > 1 && doc.Form(t - 1) is "-" or "‑" && Lemma(doc, t - 2) == "cease"
                || t + 2 < doc.Tokens.Length && Lemma(doc, t + 1) == "of" && (Lemma(doc, t + 2) is "ceasefire" or "truce" || t + 3 < doc.Tokens.Length && Lemma(doc, t + 3) is "ceasefire" or "truce")))
            return "ceasefire violation";
        // "carried out retaliatory operations against Pakistani forces", "a military operation": force
        if (lemma is "operation" or "operations" && (t > 0 && doc.Tokens[t - 1].Head == t && Lemma(doc, t - 1) is "military" or "retaliatory" or "ground"
                or "counterterrorism" or "counter-terrorism" or "combat" or "offensive"
            || t + 1 < doc.Tokens.Length && Lemma(doc, t + 1) == "against"))
            return "military operation";
        // "held a telephone conversation with his Chinese counterpart", "a phone call with Modi": consultation
        if (lemma is "conversation" or "conversations" or "call" or "calls" && t > 0 && Lemma(doc, t - 1) is "telephone" or "phone" or "telephonic" or "video")
            return "telephone conversation";
        // a labour strike: "a general strike", "a four-day strike", "the teachers' strike"
        if (lemma is "strike" or "strikes" && (t > 0 && LabourStrikeWords.Contains(Lemma(doc, t - 1))
            || LabourStrikeOwner(doc, t))) return "general strike";
        if (lemma.EndsWith('s') && !NounTriggers.ContainsKey(lemma) && NounTriggers.ContainsKey(lemma[..^1])) return lemma[..^1];
        // keys kept in the plural ("negotiations", "talks", "sanctions") when the lemmatizer gives the singular
        if (!NounTriggers.ContainsKey(lemma) && NounTriggers.ContainsKey(lemma + "s")) return lemma + "s";
        return lemma;
    }

    void CodeVerb(Article article, Doc doc, Sentence s, int t, List<int> kids, string code, string rule, DateOnly? date, ArticleFocus focus,
        List<CodedEvent> events, HashSet<string> seen, bool bareDefault = false)
    {
        // passive only with a passive auxiliary: the parser sometimes labels a plain subject nsubj:pass
        bool passive = kids.Any(k => doc.Tokens[k].Deprel is "aux:pass")
            // "a police officer surrounded by protesters": a reduced relative with a by-agent
            // (or without one: "political prisoners arrested during the campaign" were arrested)
            // (a participle with an object of its own is no passive: the parser's "acl" may be a misread finite verb)
            // (nor is one in a sentence whose root is a bare noun: "Doctors from two aid groups donated …" was misparsed)
            || doc.Tokens[t].Deprel == "acl" && doc.Tokens[t].Xpos == "VBN" && doc.Tokens[t].Head >= 0 && doc.Tokens[t].Head < t
               && !kids.Any(k => doc.Tokens[k].Deprel is "obj" or "nsubj") && !FragmentRoot(doc, s);
        // "two soldiers embraced martyrdom": the subject was killed, by someone the clause does not name
        bool martyred = !passive && Lemma(doc, t) is "embrace" or "attain" or "achieve" && kids.Any(k => doc.Tokens[k].Deprel == "obj" && Lemma(doc, k) is "martyrdom" or "shahadat");
        if (martyred)
        {
            passive = true;
            kids = kids.Where(k => doc.Tokens[k].Deprel != "obj").ToList();
        }
        // "were offloaded from a bus and shot dead by gunmen", "were abducted and killed": a participle coordinated with a
        // passive, with no subject or auxiliary of its own, shares them
        int conjoined = doc.Tokens[t].Deprel == "conj" && doc.Tokens[t].Head is var ch && ch >= 0 && doc.Tokens[ch].Upos == "VERB"
            && SharedParticiple(doc, s, t) && Children(doc, s, ch).Any(k => doc.Tokens[k].Deprel == "aux:pass") ? ch : -1;
        if (conjoined >= 0) passive = true;
        // "two policemen were martyred and three others injured when …": a participle coordinated with a passive, with a
        // subject but no auxiliary of its own, is passive too (the auxiliary gapped), and its subject the one harmed
        // (the tagger may read the participle as a past tense: only harm, which has an object when it is active, is read so)
        bool subjectHarmed = !passive && doc.Tokens[t].Deprel == "conj" && doc.Tokens[t].Xpos is "VBN" or "VBD" && code[..2] is "17" or "18" or "19" or "20"
            && doc.Tokens[t].Head is var gh && gh >= 0 && gh < t
            && Children(doc, s, gh).Any(k => doc.Tokens[k].Deprel == "aux:pass") && !kids.Any(k => doc.Tokens[k].Deprel is "aux" or "aux:pass" or "obj")
            && kids.Any(k => doc.Tokens[k].Deprel == "nsubj");
        // ("with officials reporting at the time 150 security forces, 95 civilians, and hundreds of Taliban killed", "Two
        // soldiers killed in North Waziristan": a killing or wounding verb with a subject, no object and no auxiliary is a
        // reduced passive, its subject the dead; the active verb has an object)
        subjectHarmed |= !passive && Lemma(doc, t) is "kill" or "injure" or "wound" or "martyr" && doc.Tokens[t].Xpos is "VBN" or "VBD"
            && kids.Any(k => doc.Tokens[k].Deprel == "nsubj" && doc.Tokens[k].Upos != "PRON")
            && !kids.Any(k => doc.Tokens[k].Deprel is "obj" or "iobj" or "ccomp" or "xcomp" or "aux" or "aux:pass" or "obl:agent" or "compound:prt" or "expl"
                || doc.Tokens[k].Deprel == "obl" && HasCase(doc, s, k, "by"));
        if (subjectHarmed) passive = true;
        bool hasSubject = kids.Any(k => doc.Tokens[k].Deprel == "nsubj");
        var sources = new List<int>();
        var targets = new List<int>();
        foreach (var k in kids)
        {
            var rel = doc.Tokens[k].Deprel;
            // two subjects side by side are one name the parse split ("Prime Minister Igor Matovič"): the last is the head
            if (rel == "nsubj" && kids.Any(o => o > k && doc.Tokens[o].Deprel == "nsubj" && !IsTime(doc, o) && Phrase(doc, s, k).End == Phrase(doc, s, o).Start)) continue;
            // ("India today threatened …": the parser made the time word the subject and the name its modifier)
            if (!passive && rel == "nsubj" && IsTime(doc, k) && Children(doc, s, k).FirstOrDefault(c => c < k && doc.Tokens[c].Deprel == "compound" && doc.Tokens[c].Upos == "PROPN", -1) is var named && named >= 0)
                sources.Add(named);
            else if (!passive && (rel is "nsubj" || rel is "nsubj:pass" && !hasSubject)) sources.Add(k);
            // (the parser often labels the passive's by-phrase a plain oblique: "was shot dead | by police")
            else if (passive && (rel == "obl:agent" || rel == "obl" && HasCase(doc, s, k, "by") && !IsTime(doc, k) && !kids.Any(o => doc.Tokens[o].Deprel == "obl:agent"))) sources.Add(k);
            else if (passive && (rel is "nsubj:pass" || (martyred || subjectHarmed) && rel is "nsubj")) targets.Add(k);
            // ("took 20 people hostage": the hostage is the role, the people the target)
            else if (!passive && rel is "obj" or "iobj" && !(code == "181" && Lemma(doc, k) is "hostage" or "hostages" or "captive")) targets.Add(k);
        }
        if (conjoined >= 0 && targets.Count == 0) targets.AddRange(Children(doc, s, conjoined).Where(k => doc.Tokens[k].Deprel == "nsubj:pass"));
        // ("were abducted and killed by gunmen": and the passive shares the agent its last participle names)
        if (passive && sources.Count == 0 && doc.Tokens[t].Xpos == "VBN")
            foreach (var c in kids.Where(k => doc.Tokens[k].Deprel == "conj" && SharedParticiple(doc, s, k)
                && Children(doc, s, k).Any(x => doc.Tokens[x].Deprel == "cc" && Lemma(doc, x) == "and")))
                sources.AddRange(Children(doc, s, c).Where(k => doc.Tokens[k].Deprel == "obl:agent").Take(1));
        // "a protester being shot with live ammunition": a passive relative's noun is its target
        if (passive && targets.Count == 0 && doc.Tokens[t].Deprel is "acl" or "acl:relcl" && doc.Tokens[t].Head >= 0)
            targets.Add(doc.Tokens[t].Head);
        // "Human rights | watchdog Amnesty International accused …": of two subjects the parse split, the one that names someone
        // ("Violence in Manipur | between Meitei and Kuki groups has killed …": or, the one that names a group)
        if (sources.Count > 1 && sources.Any(k => ResolveActor(doc, s, k, date, focus).Code is not null || ActorLike(doc, s, k)))
            sources.RemoveAll(k => ResolveActor(doc, s, k, date, focus).Code is null && !ActorLike(doc, s, k) && doc.Tokens[k].Upos != "PROPN");
        // "Bangladesh has once again outright rejected …": the parser may hang the subject on the auxiliary
        if (sources.Count == 0 && !passive)
            foreach (var aux in kids.Where(k => doc.Tokens[k].Deprel == "aux" && k < t))
                sources.AddRange(Children(doc, s, aux).Where(k => doc.Tokens[k].Deprel == "nsubj"));
        // "on Thursday", "in March" are times, never targets; nor is a conjunction the parser read as an object
        targets.RemoveAll(k => IsTime(doc, k) || doc.Tokens[k].Upos is "SCONJ" or "ADP" or "PART" or "PUNCT" or "DET" or "CCONJ"
            // ("a suicide bomber blew himself up": a reflexive object is the subject, no target of its own)
            || doc.Tokens[k].Upos == "PRON" && doc.Form(k).ToLowerInvariant() is "himself" or "herself" or "themselves" or "itself");
        // "demanded that Hamas renounce its struggle against Israel": a demand aims at the one who must act, before any oblique
        if (targets.Count == 0 && code[..2] is "10" or "02" && kids.FirstOrDefault(k => doc.Tokens[k].Deprel == "ccomp", -1) is var demanded && demanded >= 0)
            targets.AddRange(Children(doc, s, demanded).Where(k => doc.Tokens[k].Deprel is "nsubj" && doc.Tokens[k].Upos != "PRON").Take(1));
        // "complained to the United Nations over two Israeli air raids": a complaint aims at whoever did what it is about
        if (targets.Count == 0 && code[..2] == "11")
            foreach (var k in kids.Where(k => doc.Tokens[k].Deprel == "obl" && Children(doc, s, k).Any(c => doc.Tokens[c].Deprel == "case" && Lemma(doc, c) is "over" or "about")))
            {
                int culprit = Children(doc, s, k).FirstOrDefault(c => doc.Tokens[c].Deprel is "nmod:poss" or "amod" or "compound" && doc.Tokens[c].Upos != "PRON"
                    && ResolveActor(doc, s, c, date, focus).Code is not null && (doc.Tokens[c].Deprel == "nmod:poss" || IsActorWord(doc, c, date)), -1);
                if (culprit >= 0) { targets.Add(culprit); break; }
            }
        // "an explosion …, which the Taliban blamed on Pakistan": what is blamed on someone aims at them, not at the deed
        if (Lemma(doc, t) == "blame" && kids.FirstOrDefault(k => doc.Tokens[k].Deprel is "obl" && HasCase(doc, s, k, "on") && !IsTime(doc, k), -1) is var blamed && blamed >= 0)
            targets = [blamed];
        // "attempted to seize the Al Salem hospital complex from ISIL fighters", "recaptured the town from the Taliban": a place
        // or goods are taken from a party, which is the target
        // (the parse may hang the "from" phrase on what is taken)
        if (code is "192" or "171" && !passive && kids.Concat(kids.Where(k => doc.Tokens[k].Deprel == "obj").SelectMany(k => Children(doc, s, k)))
                .FirstOrDefault(k => doc.Tokens[k].Deprel is "obl" or "nmod" && HasCase(doc, s, k, "from") && !IsTime(doc, k) && doc.Tokens[k].Upos != "PRON"
                && (ArePeople(doc, s, k) || Actors.AgentRole(doc.Form(k), doc.Tokens[k].Lemma) is not null
                    || ActorLike(doc, s, k) && Places.Resolve(doc.Form(k), []) is null)) is var takenFrom && takenFrom > 0)
            targets = [takenFrom];
        // "mediated a ceasefire between Kabul and Islamabad": a mediation aims at the parties it goes between
        if (code == "045" && !targets.Any(k => ActorLike(doc, s, k)))
            foreach (var k in targets.Concat(kids).SelectMany(k => Children(doc, s, k)).ToList())
                if (doc.Tokens[k].Deprel is "nmod" or "obl" && Children(doc, s, k).Any(c => doc.Tokens[c].Deprel == "case" && Lemma(doc, c) == "between"))
                { targets.Clear(); targets.Add(k); break; }
        // ("exchanged fire at the Torkham crossing": "at" a place is where, not at whom; and those who clash "at" a name
        // the dictionary does not know clash there: "Indian and Chinese troops clashed at Yangtse")
        if (targets.Count == 0)
            foreach (var k in kids)
                if (doc.Tokens[k].Deprel is "obl" or "obl:arg" && !IsTime(doc, k) && !IsEventNoun(doc, s, k) && Children(doc, s, k).Any(c => doc.Tokens[c].Deprel == "case" && TargetCases.Contains(Lemma(doc, c)))
                    && !IsAtPlace(doc, s, k)
                    && !(Lemma(doc, t) is "clash" or "skirmish" or "battle" && HasCase(doc, s, k, "at") && Actors.Find(ActorDictionary.Normalise(doc.Form(k))) is null)
                    // ("Pakistan retaliated with Operation Bunyanum Marsoos", "responded with missile strikes": what one
                    // strikes back with is the means, not the one struck)
                    && !(Lemma(doc, t) is "retaliate" or "respond" or "react" or "hit" or "strike" or "attack" && HasCase(doc, s, k, "with")))
                { targets.Add(k); break; }
        // "gave a warm welcome to de Klerk", "delivered $50,000 worth of goods to Baghdad University": what is given is no
        // party; whoever it goes to is (the "to" phrase on the verb or on what is given)
        // (or on a time before it, where the parse often hangs it: "gave a warm welcome on Thursday to de Klerk")
        if (code[..2] is "04" or "06" or "07" && !passive && targets.Count > 0
            && targets.All(k => doc.Tokens[k].Upos == "NOUN" && !ActorLike(doc, s, k) && ResolveActor(doc, s, k, date, focus).Code is null)
            && kids.Concat(targets.Concat(kids.Where(k => IsTime(doc, k))).SelectMany(k => Children(doc, s, k)))
                .FirstOrDefault(k => doc.Tokens[k].Deprel is "obl" or "nmod" && HasCase(doc, s, k, "to")
                && !IsTime(doc, k) && (ActorLike(doc, s, k) || ResolveActor(doc, s, k, date, focus).Code is not null), -1) is var recipient && recipient >= 0)
            targets = [recipient];
        // "held the position since April", "took office": holding a job is no event
        if (targets.Count > 0 && targets.All(k => JobNouns.Contains(Lemma(doc, k)))
            && Lemma(doc, t) is "hold" or "take" or "occupy" or "assume" or "retain" or "keep" or "win" or "lose" or "fill" or "seize") return;
        if (KillVerbs.Contains(Lemma(doc, t)) && targets.Count > 0 && !passive
            && !targets.Any(k => ActorLike(doc, s, k) || Actors.AgentRole(doc.Form(k), doc.Tokens[k].Lemma) is not null || doc.Tokens[k].Upos == "NUM"
                || CivilianWords.Contains(Lemma(doc, k)) || PersonNouns.Contains(Lemma(doc, k)) || PersonNouns.Contains(doc.Form(k).ToLowerInvariant())
                // (a group the dictionary names with a common noun: "killed 13 khawarij")
                || Actors.Find(ActorDictionary.Normalise(doc.Form(k))) is not null))
            return;
        // "held its caucuses", "held the post": to hold is to detain only when what is held are people
        // (an election or a rally held is no one detained)
        if (Lemma(doc, t) == "hold" && code[..2] == "17" && !targets.Any(k => (ActorLike(doc, s, k) || Actors.AgentRole(doc.Form(k), doc.Tokens[k].Lemma) is not null)
                && !ElectionWords.Contains(Lemma(doc, k)) && Lemma(doc, k) is not ("majority" or "minority" or "lead" or "stake" or "share" or "record")
                && !NounTriggers.ContainsKey(NounKey(doc, k, Lemma(doc, k)))))
            return;
        // "claimed responsibility for the attack on the police station", "… for shooting down the helicopter": a claim aims at
        // what the claimed deed struck (the deed's "on"/"against" or its object), never at the responsibility itself
        if (code == "015" && targets.Count == 1 && Lemma(doc, targets[0]) is "responsibility" or "credit")
        {
            bool forDeed(int c) => Children(doc, s, c).Any(x => doc.Tokens[x].Deprel is "case" or "mark" && Lemma(doc, x) == "for");
            int deed = Children(doc, s, targets[0]).FirstOrDefault(c => doc.Tokens[c].Deprel is "nmod" or "acl" && forDeed(c), -1);
            // (the parser often hangs the deed on the verb: "claimed responsibility | for shooting down …")
            if (deed < 0) deed = kids.FirstOrDefault(c => c > targets[0] && doc.Tokens[c].Deprel is "obl" or "advcl" && forDeed(c), -1);
            int struck = deed < 0 ? -1 : Children(doc, s, deed).FirstOrDefault(c => doc.Tokens[c].Deprel == "obj"
                || doc.Tokens[c].Deprel is "nmod" or "obl" && (HasCase(doc, s, c, "on") || HasCase(doc, s, c, "against")), -1);
            if (struck >= 0) targets[0] = struck;
            else targets.Clear();
        }
        // "claimed the attack on the police station", "the attack … was claimed by the TTP": the same, with the deed itself
        // claimed (the parser may hang its "on" phrase on the verb)
        else if (code == "015" && !targets.Any(k => ActorLike(doc, s, k))
            && kids.FirstOrDefault(k => doc.Tokens[k].Deprel is "obj" or "nsubj:pass" && IsViolenceNoun(doc, k), -1) is var claimed && claimed >= 0)
        {
            bool onOrAgainst(int c) => (HasCase(doc, s, c, "on") || HasCase(doc, s, c, "against")) && !IsTime(doc, c);
            int struck = Children(doc, s, claimed).FirstOrDefault(c => doc.Tokens[c].Deprel is "nmod" && onOrAgainst(c), -1);
            if (struck < 0) struck = kids.FirstOrDefault(c => c > claimed && doc.Tokens[c].Deprel == "obl" && onOrAgainst(c), -1);
            targets = struck >= 0 ? [struck] : [];
        }
        // "provide aid to Liberia", "lift the ban on Iran": the beneficiary or object behind a non-actor object
        // ("shared intelligence with Pakistan": intelligence is what is shared, not the spy agency)
        // ("delivered $50,000 worth of goods to the hospital": an amount given is no party either)
        if (targets.Count == 1 && (doc.Tokens[targets[0]].Upos == "NOUN" || doc.Tokens[targets[0]].Upos is "SYM" or "NUM" && code[..2] is "06" or "07")
            && (Actors.AgentRole(doc.Form(targets[0]), doc.Tokens[targets[0]].Lemma) is null || Lemma(doc, targets[0]) is "intelligence" or "information" or "security"
                || IsMunition(doc, s, targets[0]))
            && Actors.Find(ActorDictionary.Normalise(doc.Form(targets[0]))) is null)
        {
            // "investigating alleged crimes by Croatian extremists", "condemned abuses by the police": what is investigated
            // or condemned aims at its perpetrator (the parser often hangs the by-phrase on the active verb)
            int perpetrator = code[..2] is "09" or "11" ? Children(doc, s, targets[0]).FirstOrDefault(c => doc.Tokens[c].Deprel is "nmod" && HasCase(doc, s, c, "by"), -1) : -1;
            if (perpetrator < 0 && code[..2] is "09" or "11" && !passive)
                perpetrator = kids.FirstOrDefault(c => c > targets[0] && doc.Tokens[c].Deprel is "obl" or "obl:agent" && HasCase(doc, s, c, "by"), -1);
            // (a party: "a proposal for a new road" is aimed at no one)
            bool party(int c) => !IsTime(doc, c) && (ActorLike(doc, s, c) || doc.Tokens[c].Upos == "PROPN" || ResolveActor(doc, s, c, date, focus).Code is not null);
            var inner = perpetrator >= 0 && party(perpetrator) ? perpetrator
                // (also behind a measure: "handed over 300 kg of supplies to the Red Cross")
                // (and behind a list: "providing aerial photographs and other intelligence to Macedonia")
                : Children(doc, s, targets[0]).SelectMany(c => doc.Tokens[c].Deprel == "conj" ? Children(doc, s, c) : [c])
                    .SelectMany(c => doc.Tokens[c].Deprel == "nmod" && Children(doc, s, c).Any(x => Lemma(doc, x) == "of") ? Children(doc, s, c).Prepend(c) : [c])
                    .FirstOrDefault(c => doc.Tokens[c].Deprel is "nmod" && Children(doc, s, c).Any(x => doc.Tokens[x].Deprel == "case"
                        && (Lemma(doc, x) is "to" or "for" or "on" or "against" or "with" || Lemma(doc, x) == "at" && IsMunition(doc, s, targets[0]))) && party(c), -1);
            if (inner < 0)
                inner = kids.FirstOrDefault(c => doc.Tokens[c].Deprel is "obl" && !IsTime(doc, c) && Children(doc, s, c).Any(x => doc.Tokens[x].Deprel == "case" && Lemma(doc, x) is "to" or "for" or "against" or "with" or "at" or "into")
                    && !IsAtPlace(doc, s, c) && party(c), -1);
            // "rejected a fresh offer from Afghanistan", "rejected Saddam Hussein's proposal", "rejected a US offer": the
            // party behind a proposal, offer, call or plan that is answered
            // (an event noun is dropped as a target later, so its owner stands in even when the noun's phrase names it)
            if (inner < 0 && !IsMunition(doc, s, targets[0]) && (ResolveActor(doc, s, targets[0], date, focus).Code is null || IsEventNoun(doc, s, targets[0])))
                inner = Children(doc, s, targets[0]).FirstOrDefault(c => doc.Tokens[c].Deprel == "nmod:poss" && doc.Tokens[c].Upos != "PRON"
                        || doc.Tokens[c].Deprel is "nmod" && Children(doc, s, c).Any(x => doc.Tokens[x].Deprel == "case" && Lemma(doc, x) is "from" or "by")
                        || doc.Tokens[c].Deprel is "amod" or "compound" && IsActorWord(doc, c, date) && !Places.IsCapital(ActorDictionary.Normalise(doc.Form(c))), -1);
            // (the parser often hangs "from X" on the verb: "rejected a fresh offer | from Afghanistan")
            if (inner < 0 && !passive && !IsMunition(doc, s, targets[0]) && IntentNouns.Contains(Lemma(doc, targets[0])))
                inner = kids.FirstOrDefault(c => c > targets[0] && doc.Tokens[c].Deprel == "obl" && party(c)
                    && Children(doc, s, c).Any(x => doc.Tokens[x].Deprel == "case" && Lemma(doc, x) == "from"), -1);
            // "fired dozens of artillery rounds": what is fired is no target, whether or not we know where it fell
            if (inner < 0 && (IsMunition(doc, s, targets[0]) || Lemma(doc, t) == "launch" && AircraftNouns.Contains(Lemma(doc, targets[0])))) targets.Clear();
            if (inner >= 0) targets[0] = inner;
        }
        // "launched Operation Bunyan-um-Marsoos against Indian military bases": a named operation aims at what it is against
        if (targets.Count == 1 && doc.Form(targets[0]).Equals("operation", StringComparison.OrdinalIgnoreCase))
        {
            var named = Children(doc, s, targets[0]).SelectMany(c => doc.Tokens[c].Deprel is "appos" or "flat" ? Children(doc, s, c).Prepend(c) : [c]);
            int against = named.Concat(kids).FirstOrDefault(c => doc.Tokens[c].Deprel is "nmod" or "obl" && !IsTime(doc, c) && HasCase(doc, s, c, "against")
                && (ActorLike(doc, s, c) || ResolveActor(doc, s, c, date, focus).Code is not null), -1);
            if (against >= 0) targets[0] = against;
        }
        // "blocked a road to show their disapproval for the United States' military policies", "began a hunger strike to protest
        // against Sweden's decision": a protest at something that is no party aims at whoever owns what is protested
        if (code[..2] == "14" && ProtestTarget(doc, s, targets, date, focus, t) is var protested && protested >= 0)
            targets = [protested];
        // "donated and personally delivered goods to the hospital": coordinated verbs share what the last one names
        if (targets.Count == 0 && kids.FirstOrDefault(k => doc.Tokens[k].Deprel == "conj" && doc.Tokens[k].Upos == "VERB"
                && !Children(doc, s, k).Any(c => doc.Tokens[c].Deprel is "nsubj" or "nsubj:pass"), -1) is var shared && shared >= 0)
            targets.AddRange(Children(doc, s, shared).Where(k => doc.Tokens[k].Deprel is "obl" && !IsTime(doc, k)
                && Children(doc, s, k).Any(c => doc.Tokens[c].Deprel == "case" && Lemma(doc, c) is "to" or "against" or "with")
                && (ActorLike(doc, s, k) || ResolveActor(doc, s, k, date, focus).Code is not null)).Take(1));
        // "threatened to shell Iraqi towns", "refused to meet Jordan's king": with no target of its own, a verb of intent or
        // refusal aims at its complement's; "demanded that the DPRK forsake …": a demand aims at the one who must act
        if (targets.Count == 0 && code[..2] is "03" or "10" or "12" or "13" or "02")
        {
            // (a complement the parser read as a purpose clause: "threatened today to impose …")
            int comp = kids.FirstOrDefault(k => doc.Tokens[k].Upos == "VERB" && (doc.Tokens[k].Deprel == "xcomp"
                || doc.Tokens[k].Deprel == "advcl" && k > t && HasMark(doc, s, k, "to")), -1);
            if (comp >= 0)
            {
                // a named party first, the object before the oblique; then any actor-like word, in the same order
                // ("offered to hand over to Great Britain two of its nationals": Britain, not "two";
                // "agreed to re-open its borders to UN peacekeepers")
                var compKids = Children(doc, s, comp);
                bool objectArg(int k) => doc.Tokens[k].Deprel is "obj" or "iobj";
                bool obliqueArg(int k) => doc.Tokens[k].Deprel is "obl" && !IsTime(doc, k)
                    && Children(doc, s, k).Any(c => doc.Tokens[c].Deprel == "case" && Lemma(doc, c) is "to" or "against" or "with" or "on");
                int named = compKids.FirstOrDefault(k => objectArg(k) && ResolveActor(doc, s, k, date, focus).Code is not null && !IsEventNoun(doc, s, k), -1);
                if (named < 0) named = compKids.FirstOrDefault(k => obliqueArg(k) && ResolveActor(doc, s, k, date, focus).Code is not null, -1);
                // "threatened to break off relations with Congo", "refusing to lift the curfew on Palestinians", "to impose
                // restrictions against German goods": the party the complement's object is aimed at
                if (named < 0)
                    named = compKids.Where(objectArg).SelectMany(o => Children(doc, s, o)).FirstOrDefault(c => doc.Tokens[c].Deprel == "nmod" && !IsTime(doc, c)
                        && Children(doc, s, c).Any(x => doc.Tokens[x].Deprel == "case" && Lemma(doc, x) is "with" or "on" or "against" or "to" or "for")
                        && ResolveActor(doc, s, c, date, focus).Code is not null, -1);
                if (named < 0) named = compKids.FirstOrDefault(k => objectArg(k) && ActorLike(doc, s, k), -1);
                if (named < 0) named = compKids.FirstOrDefault(k => obliqueArg(k) && ActorLike(doc, s, k), -1);
                if (named >= 0) targets.Add(named);
            }
            else if (code[..2] is "10" or "02")
            {
                int clause = kids.FirstOrDefault(k => doc.Tokens[k].Deprel == "ccomp", -1);
                if (clause >= 0) targets.AddRange(Children(doc, s, clause).Where(k => doc.Tokens[k].Deprel is "nsubj" && doc.Tokens[k].Upos != "PRON").Take(1));
            }
        }
        // "telephoned Kozyrev to discuss the crisis": a consultation's counterpart may be the object of the verb it serves
        if (code[..2] == "04" && doc.Tokens[t].Deprel is "advcl" or "xcomp" && doc.Tokens[t].Head is var served && served >= 0
            && !targets.Any(x => ActorLike(doc, s, x)))
        {
            var counterpart = Children(doc, s, served).Where(k => doc.Tokens[k].Deprel is "obj" or "iobj" && ActorLike(doc, s, k)).ToList();
            if (counterpart.Count > 0) targets = counterpart;
        }
        // the subject of a coordinated or controlled verb is its head's ("troops entered and attacked", "vowed to attack");
        // not for a passive ("RTHK withdrew its reporters after one of them was injured": RTHK injured no one)
        if (sources.Count == 0 && !passive)
        {
            int h = doc.Tokens[t].Head;
            // "Trump asked Zelensky to investigate Biden": after ask, urge, order … the object acts, not the subject
            // (and after want, wish or need with an object before the complement: "the US wants the UK to extradite Assange")
            if (doc.Tokens[t].Deprel == "xcomp" && h >= 0 && ObjectControl.Contains(Lemma(doc, h)))
                sources.AddRange(Children(doc, s, h).Where(k => doc.Tokens[k].Deprel is "obj" or "iobj"));
            else if (doc.Tokens[t].Deprel == "xcomp" && h >= 0 && Lemma(doc, h) is "want" or "wish" or "need" or "prefer")
                sources.AddRange(Children(doc, s, h).Where(k => doc.Tokens[k].Deprel == "obj" && h < k && k < t));
            // "Amnesty called on Pakistani authorities to release her": the one called on acts
            if (CalledOn(doc, s, t) is var calledOn && calledOn >= 0) sources.Add(calledOn);
            // "blamed the Taliban for attacking the convoy": the accused did it (as the accuser claims); "prevented the
            // militants from attacking the post": the militants would have
            if (doc.Tokens[t].Deprel == "advcl" && h >= 0 && DeedOf(doc, s, t, h))
            {
                sources.AddRange(Children(doc, s, h).Where(k => doc.Tokens[k].Deprel is "obj"));
                // "Pakistan accused India of violating the ceasefire": a ceasefire is broken against the other side, the accuser
                if (code.StartsWith("196", StringComparison.Ordinal) && !targets.Any(k => ActorLike(doc, s, k)) && Accusing(Lemma(doc, h)))
                    targets = [.. Children(doc, s, h).Where(k => doc.Tokens[k].Deprel == "nsubj").Take(1)];
            }
            for (int hops = 0, c = t; hops < 3 && h >= 0 && sources.Count == 0; hops++)
            {
                if (doc.Tokens[t].Deprel is not ("conj" or "xcomp" or "advcl") && hops == 0) break;
                if (hops == 0 && doc.Tokens[t].Deprel == "xcomp" && doc.Tokens[t].Xpos == "VBG" && !HasMark(doc, s, t, "to")
                    && GerundTopicVerbs.Contains(Lemma(doc, h))) break;
                // "it is prepared to impose", "Iraq was forced to withdraw": a passive controller is the subject too
                // (of the verb it controls, not of one conjoined to it)
                sources.AddRange(Children(doc, s, h).Where(k => doc.Tokens[k].Deprel is "nsubj" || doc.Tokens[k].Deprel == "nsubj:pass" && doc.Tokens[c].Deprel == "xcomp"));
                // "Pakistan said 31 civilians were killed and vowed to retaliate": the dead vow nothing; the one who
                // reports their killing does
                if (sources.Count == 0 && doc.Tokens[c].Deprel == "conj" && KillVerbs.Contains(Lemma(doc, h)) && doc.Tokens[h].Deprel == "ccomp"
                    && Children(doc, s, h).Any(k => doc.Tokens[k].Deprel == "aux:pass")
                    && doc.Tokens[h].Head is >= 0 and var speech && SpeechVerbs.Contains(Lemma(doc, speech)))
                { c = h; h = speech; continue; }
                if (doc.Tokens[h].Deprel is not ("conj" or "xcomp")) break;
                c = h;
                h = doc.Tokens[h].Head;
            }
        }
        // "announced plans to remove the troops", "a resolution to expel them": the intention's owner is the subject
        // of the verb that governs the noun, and the event is coded as an intent (see Intent)
        int intentNoun = IntentNoun(doc, t);
        // ("the role the coalition can play in Iraq's efforts to destroy the group": the noun's own possessor owns it)
        if (sources.Count == 0 && intentNoun >= 0)
            sources.AddRange(Children(doc, s, intentNoun).Where(k => doc.Tokens[k].Deprel == "nmod:poss" && k < intentNoun).Take(1));
        if (sources.Count == 0 && intentNoun >= 0)
            sources.AddRange(Children(doc, s, doc.Tokens[intentNoun].Head).Where(k => doc.Tokens[k].Deprel == "nsubj"));
        // with no owner named, a plan or a proposal is no event; an attempt ("an attempt to assassinate X was
        // thwarted") still is one, by whoever attempted it
        if (sources.Count == 0 && intentNoun >= 0 && !IsAttempt(doc, intentNoun)) return;
        // "Pakistan summoned the Afghan charge d'affaires to lodge a strong protest": the parser may hang the purpose on the
        // one summoned, as a clause of that noun; the summoner acts, towards the one summoned
        if (sources.Count == 0 && !passive && doc.Tokens[t].Deprel == "acl" && HasMark(doc, s, t, "to") && doc.Tokens[t].Head is >= 0 and var summonedOne
            && doc.Tokens[summonedOne].Deprel == "obj" && doc.Tokens[summonedOne].Head is >= 0 and var summoning && Lemma(doc, summoning) == "summon")
        {
            sources.AddRange(Children(doc, s, summoning).Where(k => doc.Tokens[k].Deprel == "nsubj"));
            if (sources.Count > 0 && !targets.Any(k => ActorLike(doc, s, k))) targets = [summonedOne];
        }
        // (not across a semicolon: "strikes engaged three ISIL units; destroyed four positions" is a list of what the strikes did)
        // (nor a time: "after four days of fighting" names no fighter)
        if (sources.Count == 0 && doc.Tokens[t].Deprel is "acl:relcl" or "acl" && doc.Tokens[t].Head >= 0 && !passive && !IsTime(doc, doc.Tokens[t].Head)
            && !Enumerable.Range(Math.Min(doc.Tokens[t].Head, t) + 1, Math.Abs(t - doc.Tokens[t].Head)).Any(i => i < t && doc.Form(i) == ";"))
            sources.Add(doc.Tokens[t].Head); // "the government, which welcomed …"
        // a fragment parse ("Iran's leader Khomeini today rejected …" with the noun as root): the noun is the subject
        if (sources.Count == 0 && doc.Tokens[t].Deprel is "advcl" or "parataxis" && doc.Tokens[t].Head is var fh && fh >= 0
            && doc.Tokens[fh].Upos is "NOUN" or "PROPN" && doc.Tokens[fh].Head < 0 && fh < t)
            sources.Add(fh);
        // "Syria says it is willing to withdraw": the subject of a copular adjective, expletive included
        if (sources.Count == 0 && doc.Tokens[t].Deprel == "xcomp" && doc.Tokens[t].Head is var ah && ah >= 0 && doc.Tokens[ah].Upos == "ADJ")
            sources.AddRange(Children(doc, s, ah).Where(k => doc.Tokens[k].Deprel is "nsubj" or "expl"));
        if (sources.Count == 0 && doc.Tokens[t].Deprel is "ccomp" or "parataxis" && doc.Tokens[t].Head > t)
        {
            // "The Palestinians reject …, Erakat said": the parser hung the clause's subject on the reporting verb
            var early = Children(doc, s, doc.Tokens[t].Head).Where(k => doc.Tokens[k].Deprel == "nsubj" && k < t).ToList();
            if (early.Count > 0) sources.Add(early[^1]);
        }
        // "Paris declared that Iraq must cooperate": a demand by the speaker on the clause's subject (CAMEO 10)
        if (kids.Any(k => doc.Tokens[k].Deprel == "aux" && Lemma(doc, k) is "must" or "should") && doc.Tokens[t].Deprel == "ccomp"
            && doc.Tokens[t].Head is var sh && sh >= 0 && SpeechVerbs.Contains(Lemma(doc, sh)))
        {
            var speaker = Children(doc, s, sh).Where(k => doc.Tokens[k].Deprel == "nsubj").ToList();
            if (speaker.Count > 0 && sources.Count > 0)
            {
                var demand = code[..2] switch { "06" => "101", "07" => "103", "08" => "105", "04" => "106", "03" => "100", _ => "100" };
                // the demand is made by speaking: its trigger, modality and depth are the speech verb's
                Emit(article, doc, s, sh, ExpandConj(doc, s, speaker.Select(x => Antecedent(doc, s, x, sh)).ToList()), ExpandConj(doc, s, sources), demand,
                    $"{rule} (demand by {Lemma(doc, sh)})", 0.75, date, focus, events, seen, intent: true);
                return;
            }
        }
        // "three civilians were killed", "a missionary was arrested": violence, coercion and accusations are coded
        // even when the text names no perpetrator; the source is then unstated (empty text, no code)
        // "fourteen people were injured in the crash", "the virus had killed 813": accidents, disasters and
        // disease are no political events, whoever they hurt
        // ("a 6.4 quake that hit on January 7": through the relative pronoun; "76 people were killed when the hotel collapsed":
        // killed in the collapse, a building's or a boat's)
        if (code[..2] is "18" or "19" or "20" && (sources.Any(x => IsMishap(doc, s, x) || IsMishap(doc, s, Antecedent(doc, s, x, t)))
                || kids.Any(k => doc.Tokens[k].Deprel is "obl" or "obl:agent" && IsMishap(doc, s, k))
                || passive && kids.Any(k => doc.Tokens[k].Deprel == "advcl" && MishapVerbs.Contains(Lemma(doc, k))
                    && Children(doc, s, k).Any(c => doc.Tokens[c].Deprel is "mark" or "advmod" && c < k && Lemma(doc, c) is "when" or "as" or "after"))))
            return;
        // "Afghan refugees were deported from Pakistan": the country that expels is the one they are expelled from
        if (sources.Count == 0 && passive && code[..3] == "174")
            sources.AddRange(kids.Where(k => doc.Tokens[k].Deprel == "obl" && HasCase(doc, s, k, "from") && doc.Tokens[k].Upos == "PROPN"
                && Actors.Find(ActorDictionary.Normalise(doc.Form(k))) is { Kind: "country" }).Take(1));
        // "26 civilians were killed in the Indian strikes": whoever's strikes they were killed in killed them
        if (sources.Count == 0 && passive && code[..2] is "18" or "19" or "20")
            foreach (var k in kids)
            {
                if (doc.Tokens[k].Deprel != "obl" || !(HasCase(doc, s, k, "in") || HasCase(doc, s, k, "by")) || Lemma(doc, k) is not ("strike" or "airstrike"
                        or "attack" or "raid" or "bombing" or "shelling" or "offensive" or "assault" or "bombardment" or "operation")) continue;
                int owner = Children(doc, s, k).FirstOrDefault(c => doc.Tokens[c].Deprel is "amod" or "nmod:poss" or "compound" && doc.Tokens[c].Upos is "ADJ" or "PROPN"
                    && IsActorWord(doc, c, date), -1);
                if (owner >= 0) { sources.Add(owner); rule += $" (in {doc.Form(owner)} {Lemma(doc, k)})"; break; }
            }
        // "A policeman was martyred when terrorists attacked a police post": the attackers of the clause that says when
        // (also hung on a conjoined passive: "was martyred and two others were injured when …")
        if (sources.Count == 0 && passive && code[..2] is "18" or "19" or "20")
            foreach (var k in WithConjunctsKids(doc, s, kids))
            {
                if (doc.Tokens[k].Deprel != "advcl" || doc.Tokens[k].Upos != "VERB"
                    || !Children(doc, s, k).Any(c => doc.Tokens[c].Deprel is "mark" or "advmod" && c < k && Lemma(doc, c) is "when" or "as")
                    || Children(doc, s, k).Any(c => doc.Tokens[c].Deprel == "aux:pass")
                    // (with its particle or object: "as terrorists opened fire on a check post")
                    || Verbs.Find(Lemma(doc, k), Children(doc, s, k).Where(c => doc.Tokens[c].Deprel is "obj" or "compound:prt").Select(c => Lemma(doc, c)).ToList())
                        is not { } violence || violence.Code[..2] is not ("18" or "19" or "20")) continue;
                int attacker = Children(doc, s, k).FirstOrDefault(c => doc.Tokens[c].Deprel == "nsubj" && doc.Tokens[c].Upos != "PRON"
                    && (ActorLike(doc, s, c) || Actors.AgentRole(doc.Form(c), doc.Tokens[c].Lemma) is not null), -1);
                if (attacker >= 0) { sources.Add(attacker); rule += $" (when {doc.Form(attacker)} {Lemma(doc, k)})"; break; }
            }
        // "three terrorists were killed in an encounter with security forces": the other side of the fight killed them
        // (or one conjoined to it: "23 soldiers were killed and 29 wounded in clashes with Afghan Taliban forces")
        if (sources.Count == 0 && passive && code[..2] is "18" or "19" or "20")
            foreach (var k in WithConjunctsKids(doc, s, kids))
            {
                if (doc.Tokens[k].Deprel != "obl" || !(HasCase(doc, s, k, "in") || HasCase(doc, s, k, "during"))
                    || Lemma(doc, k) is not ("encounter" or "gunfight" or "clash" or "firefight" or "shootout" or "battle" or "skirmish" or "exchange")) continue;
                // (also on what is exchanged: "during an exchange of fire with khawarij")
                int side = Children(doc, s, k).Concat(Children(doc, s, k).Where(c => doc.Tokens[c].Deprel == "nmod" && HasCase(doc, s, c, "of")).SelectMany(c => Children(doc, s, c)))
                    .FirstOrDefault(c => doc.Tokens[c].Deprel == "nmod" && HasCase(doc, s, c, "with")
                    && (ActorLike(doc, s, c) || Actors.AgentRole(doc.Form(c), doc.Tokens[c].Lemma) is not null || PersonNouns.Contains(Lemma(doc, c))), -1);
                if (side >= 0) { sources.Add(side); rule += $" (in {Lemma(doc, k)} with {doc.Form(side)})"; break; }
            }
        // ("The army was put on high alert along the eastern border": forces on alert are the actor of their own posture)
        if (sources.Count == 0 && passive && code is "151" or "152" && targets.Count > 0)
        {
            sources.AddRange(targets);
            targets = [];
        }
        // ("dozens of soldiers were killed", "hundreds of people were injured": the ones counted suffer it)
        for (int i = 0; i < targets.Count; i++)
            if (CountNouns.Contains(Lemma(doc, targets[i])) && CountedOf(doc, s, targets[i]) is var counted && counted >= 0)
                targets[i] = counted;
        // "Troops stormed the hideout and three militants were killed", "own troops effectively engaged the khawarij location,
        // and resultantly, eight khawarij were sent to hell": the dead of a passive joined to an attack are the attackers'
        if (sources.Count == 0 && passive && code[..2] is "18" or "19" or "20" && doc.Tokens[t].Deprel == "conj" && doc.Tokens[t].Head is var attackVerb
            && attackVerb >= 0 && attackVerb < t && doc.Tokens[attackVerb].Upos == "VERB" && !Children(doc, s, attackVerb).Any(k => doc.Tokens[k].Deprel == "aux:pass")
            && kids.Any(k => doc.Tokens[k].Deprel == "aux:pass") && !SpeechVerbs.Contains(Lemma(doc, attackVerb))
            && Verbs.Find(Lemma(doc, attackVerb), Children(doc, s, attackVerb).Where(c => doc.Tokens[c].Deprel is "obj" or "compound:prt").Select(c => Lemma(doc, c)).ToList())
                is { } attackCode && attackCode.Code[..2] is "18" or "19" or "20"
            && Children(doc, s, attackVerb).FirstOrDefault(k => doc.Tokens[k].Deprel == "nsubj" && doc.Tokens[k].Upos != "PRON"
                && (ActorLike(doc, s, k) || Actors.AgentRole(doc.Form(k), doc.Tokens[k].Lemma) is not null), -1) is var stormer && stormer >= 0)
        {
            sources.Add(stormer);
            rule += $" (after {Lemma(doc, attackVerb)})";
        }
        // (someone must suffer it: "wooden pews broken" is no violence to code; "at least 20 were killed" is)
        if (sources.Count == 0 && passive && targets.Count > 0 && code[..2] is "11" or "17" or "18" or "19" or "20"
            && targets.Any(k => ActorLike(doc, s, k) || doc.Tokens[k].Upos == "NUM" || PersonNouns.Contains(Lemma(doc, k)) || CivilianWords.Contains(Lemma(doc, k))
                // ("with 25 others injured")
                || Lemma(doc, k) is "other" or "others" && Children(doc, s, k).Any(c => doc.Tokens[c].Deprel == "nummod")
                || Actors.AgentRole(doc.Form(k), doc.Tokens[k].Lemma) is not null || PlaceNouns.Contains(Lemma(doc, k)) || doc.Tokens[k].Upos == "PROPN"))
        {
            // ("… cyclone events in the past 35 years with 10,000 and as many as 300,000 killed": a disaster's dead, with no
            // attacker or weapon in the sentence, are no political violence)
            if (code[..2] is "18" or "19" or "20" && DisasterSentence(doc, s)) return;
            sources.Add(UnstatedSource);
            rule += " (no stated source)";
        }
        if (sources.Count == 0) return;
        for (int i = 0; i < sources.Count; i++) if (sources[i] != UnstatedSource) sources[i] = Antecedent(doc, s, sources[i], t);
        // "air strikes … that killed 46 people", "the strikes hit refugees": what an attack does, whoever attacks does
        for (int i = 0; i < sources.Count; i++)
            if (sources[i] != UnstatedSource && IsEventNoun(doc, s, sources[i]) && EventAgent(doc, s, sources[i], date) is var agent && agent >= 0)
            {
                rule += $" ({doc.Form(sources[i])} by {doc.Form(agent)})";
                sources[i] = agent;
            }
            // ("Last week a Kabul car bombing killed five": the town or capital naming an attack with no author is where it
            // was, not who made it)
            else if (sources[i] != UnstatedSource && code[..2] is "18" or "19" or "20" && doc.Tokens[sources[i]].Upos == "NOUN"
                     && NounTriggers.ContainsKey(NounKey(doc, sources[i], Lemma(doc, sources[i]))) && NamedAfterPlace(doc, s, sources[i]))
            {
                rule += " (no stated source)";
                sources[i] = UnstatedSource;
            }
        var (intentCode, intent) = Intent(doc, s, t, kids, code);
        // "will not accept", "refused to meet": a refusal is an event of its own (CAMEO 12, reject)
        bool negated = kids.Any(k => Lemma(doc, k) is "not" or "never" or "n't" && doc.Tokens[k].Deprel is "advmod" or "advmod:neg");
        // (the parser may read the complement as a purpose clause: "refused to meet" as advcl)
        bool refused = (doc.Tokens[t].Deprel == "xcomp" || doc.Tokens[t].Deprel == "advcl" && kids.Any(k => doc.Tokens[k].Deprel == "mark" && Lemma(doc, k) == "to"))
            && doc.Tokens[t].Head >= 0 && Lemma(doc, doc.Tokens[t].Head) is "refuse" or "decline" or "reject";
        // (the comment declined is the declining, 011, above)
        if (refused && CommentDeclined(doc, s, t)) return;
        if ((negated && intent) || refused)
        {
            // (refusing to meet is 125, "reject proposal to meet"; refusing to yield is 124, "refuse to yield")
            if (int.Parse(code[..2]) <= 9) intentCode = code[..2] switch { "04" => "125", "05" => "120", "06" => "121", "07" => "122", "08" => "124", _ => "120" };
            else intentCode = code;
            intent = true;
            rule += " (refusal)";
        }
        // "Pakistan summoned the Indian envoy to protest the killing of two civilians": a state protests in words (CAMEO
        // 111, as a diplomatic protest is coded), to the one it summoned; a demonstration is the people's (14)
        if (code[..2] == "14" && intentCode == code && Lemma(doc, t) == "protest" && sources.Count > 0
            && sources.All(x => x != UnstatedSource && (doc.Tokens[x].Upos == "PROPN" || Actors.AgentRole(doc.Form(x), doc.Tokens[x].Lemma) is "GOV" or "MIL")
                && ResolveActor(doc, s, x, date, focus).Code is { Length: >= 3 } c && Places.Country(c[..3]) is not null && (c.Length == 3 || c.AsSpan(3) is "GOV" or "MIL")))
        {
            intentCode = "111";
            rule += " (by a state)";
            if (doc.Tokens[t].Deprel is "advcl" or "xcomp" && doc.Tokens[t].Head is var summoned && summoned >= 0 && Lemma(doc, summoned) is "summon" or "call")
                targets = Children(doc, s, summoned).Where(k => doc.Tokens[k].Deprel == "obj").Take(1).ToList();
        }
        // "India summoned the Pakistani high commissioner to lodge a protest": a protest lodged on a summons is made to the
        // one summoned
        if (intentCode[..2] == "11" && !targets.Any(k => ActorLike(doc, s, k)) && SummonedFor(doc, s, t) is var summonedParty && summonedParty >= 0)
            targets = [summonedParty];
        Emit(article, doc, s, t, ExpandConj(doc, s, sources), ExpandConj(doc, s, targets), intentCode,
            rule + (targets.Count > 0 ? " + " + doc.Tokens[targets[0]].Deprel : "") + (intent ? " (intent)" : ""),
            0.8, date, focus, events, seen, intent, bareDefault);
    }

    /// <summary>A participle with no subject, auxiliary or object of its own, which shares those of the passive it is
    /// coordinated with ("were abducted and killed by gunmen").</summary>
    static bool SharedParticiple(Doc doc, Sentence s, int verb) =>
        doc.Tokens[verb].Xpos == "VBN" && !Children(doc, s, verb).Any(k => doc.Tokens[k].Deprel is "nsubj" or "nsubj:pass" or "aux" or "aux:pass" or "obj");

    /// <summary>The one summoned when a verb is the purpose of a summons ("summoned the envoy to lodge a protest", read as
    /// the summons' clause or as the envoy's); -1 otherwise.</summary>
    static int SummonedFor(Doc doc, Sentence s, int verb)
    {
        if (doc.Tokens[verb].Head is not (>= 0 and var head)) return -1;
        // ("summoned the Afghan envoy and lodged a strong protest": the second verb of the pair too)
        if (doc.Tokens[verb].Deprel is "advcl" or "xcomp" or "conj" && Lemma(doc, head) == "summon")
            return Children(doc, s, head).FirstOrDefault(k => doc.Tokens[k].Deprel == "obj", -1);
        return doc.Tokens[verb].Deprel == "acl" && doc.Tokens[head].Deprel == "obj" && doc.Tokens[head].Head is >= 0 and var summoning
            && Lemma(doc, summoning) == "summon" ? head : -1;
    }

    /// <summary>The target of a protest whose targets name no party: whoever owns what is protested, read from the
    /// trigger, then from the verb that carries it ("began a hunger strike to protest …"); -1 when there is none, or
    /// when a target already is a party.</summary>
    int ProtestTarget(Doc doc, Sentence s, List<int> targets, DateOnly? date, ArticleFocus focus, int trigger, int carrier = -1)
    {
        if (targets.Any(k => ActorLike(doc, s, k) || ResolveActor(doc, s, k, date, focus).Code is not null)) return -1;
        int owner = ProtestedOwner(doc, s, trigger, date, focus);
        return owner < 0 && carrier >= 0 ? ProtestedOwner(doc, s, carrier, date, focus) : owner;
    }

    /// <summary>
    /// Whoever owns what a protest is against, over or at, through its purpose clause and the nouns it names ("to protest
    /// against Sweden's decision", "demonstrations against violations by the Israeli military"): the owner's token, or -1.
    /// </summary>
    int ProtestedOwner(Doc doc, Sentence s, int t, DateOnly? date, ArticleFocus focus)
    {
        bool party(int k) => doc.Tokens[k].Upos != "PRON" && (ActorLike(doc, s, k) || ResolveActor(doc, s, k, date, focus).Code is not null);
        var frontier = new List<int> { t };
        for (int depth = 0; depth < 3 && frontier.Count > 0; depth++)
        {
            var next = new List<int>();
            foreach (var h in frontier)
                foreach (var k in Children(doc, s, h))
                {
                    var rel = doc.Tokens[k].Deprel;
                    var cases = Children(doc, s, k).Where(c => doc.Tokens[c].Deprel == "case").Select(c => Lemma(doc, c)).ToList();
                    bool protested = rel is "obl" or "nmod" && cases.Any(c => c is "against" or "over" or "at" or "about" or "for");
                    // "in defiance of Chinese authorities", "in protest at the decision"
                    if (rel is "obl" or "nmod" && Lemma(doc, k) is "defiance" or "protest" or "opposition" or "response"
                        && Children(doc, s, k).FirstOrDefault(c => doc.Tokens[c].Deprel == "nmod" && party(c)
                            && Children(doc, s, c).Any(x => doc.Tokens[x].Deprel == "case" && Lemma(doc, x) is "of" or "to"), -1) is var defied && defied >= 0)
                        return defied;
                    // the purpose ("to protest", "to show their disapproval", even when hung on the object) and what it takes
                    if (rel is "advcl" or "xcomp" or "acl" && doc.Tokens[k].Upos == "VERB" || rel is "obj"
                        || rel is "obl" or "nmod" && cases.Any(c => c is "during" or "in") && ProtestNouns.Contains(Lemma(doc, k)))
                    { next.Add(k); continue; }
                    if (!protested) continue;
                    // (an event noun is no party, though its phrase names one: "Sweden's decision" is Sweden's)
                    if (party(k) && !IsEventNoun(doc, s, k)) return k;
                    int owner = Children(doc, s, k).FirstOrDefault(c => (doc.Tokens[c].Deprel == "nmod:poss" || doc.Tokens[c].Deprel == "nmod" && HasCase(doc, s, c, "by")
                        || doc.Tokens[c].Deprel is "amod" && IsActorWord(doc, c, date)) && party(c), -1);
                    // (the parser often hangs the by-phrase on the verb: "violations by the Israeli military")
                    if (owner < 0 && !Children(doc, s, h).Any(c => doc.Tokens[c].Deprel == "aux:pass"))
                        owner = Children(doc, s, h).FirstOrDefault(c => c > k && doc.Tokens[c].Deprel == "obl" && HasCase(doc, s, c, "by") && party(c), -1);
                    if (owner >= 0) return owner;
                    next.Add(k);
                }
            frontier = next;
        }
        return -1;
    }

    /// <summary>Verbs that strike places: what they strike may be a town the recogniser took for a person.</summary>
    static readonly FrozenSet<string> PlaceStrikes = new[] { "shell", "bomb", "strike", "attack", "raid", "hit", "pound", "storm", "capture", "seize",
        "besiege", "bombard", "shoot", "target", "invade", "occupy", "overrun", "recapture", "liberate" }.ToFrozenSet();

    /// <summary>"at the Torkham crossing", "at the airport": "at" a place says where, not at whom.</summary>
    static bool IsAtPlace(Doc doc, Sentence s, int nominal) => PlaceNouns.Contains(Lemma(doc, nominal)) && HasCase(doc, s, nominal, "at");

    /// <summary>A verb's dependents, then those of the verbs conjoined to it ("was martyred and two others were injured | when …").</summary>
    static IEnumerable<int> WithConjunctsKids(Doc doc, Sentence s, List<int> kids) =>
        kids.Concat(kids.Where(c => doc.Tokens[c].Deprel == "conj" && doc.Tokens[c].Upos == "VERB").SelectMany(c => Children(doc, s, c)));

    /// <summary>Whether a nominal is introduced by the preposition <paramref name="word"/> ("by the police").</summary>
    static bool HasCase(Doc doc, Sentence s, int nominal, string word) =>
        Children(doc, s, nominal).Any(x => doc.Tokens[x].Deprel == "case" && Lemma(doc, x) == word);

    /// <summary>Whether a clause is introduced by <paramref name="word"/> ("to demand", "unless they leave").</summary>
    static bool HasMark(Doc doc, Sentence s, int clause, string word) =>
        Children(doc, s, clause).Any(x => doc.Tokens[x].Deprel == "mark" && Lemma(doc, x) == word);

    static readonly FrozenSet<string> AircraftNouns = new[] { "aircraft", "jet", "jets", "warplane", "warplanes", "helicopter", "helicopters",
        "gunship", "gunships", "drone", "drones", "bomber", "bombers" }.ToFrozenSet();

    /// <summary>An aircraft noun, but not a person: a "suicide bomber" flies nothing.</summary>
    static bool IsAircraft(Doc doc, Sentence s, int k) =>
        AircraftNouns.Contains(Lemma(doc, k)) && !Children(doc, s, k).Any(c => doc.Tokens[c].Deprel is "compound" or "amod" && Lemma(doc, c) is "suicide" or "female" or "teenage")
        // "a US drone strike killed …", "air strikes": a strike named after the aircraft that made it, or made from the air
        || Lemma(doc, k) is "strike" or "attack" or "raid" or "bombardment" or "bombing" && Children(doc, s, k).Any(c => doc.Tokens[c].Deprel is "compound" or "amod"
            && (AircraftNouns.Contains(Lemma(doc, c)) || Lemma(doc, c) is "air" or "aerial"))
        // ("Pakistani airstrikes killed …")
        || Lemma(doc, k) is "airstrike" or "airstrikes" or "air-strike" or "airraid";

    static readonly FrozenSet<string> DocumentNouns = new[] { "statement", "report", "summary", "transcript", "video", "footage", "document",
        "documents", "record", "records", "recording", "audio", "tape", "photo", "photos", "photograph", "photographs", "picture", "pictures", "image", "images", "data", "figure", "figures", "list",
        "details", "results", "findings", "memo", "letter", "book", "album", "film", "song", "version", "guidance", "guideline", "guidelines", "text" }.ToFrozenSet();

    static readonly FrozenSet<string> ProtestNouns = new[] { "demonstration", "protest", "rally", "march", "strike", "sit-in", "riot", "boycott" }.ToFrozenSet();

    /// <summary>Stands in the source list for a perpetrator the sentence does not name.</summary>
    const int UnstatedSource = -1;

    void CodeNoun(Article article, Doc doc, Sentence s, int t, string code, DateOnly? date, ArticleFocus focus, List<CodedEvent> events, HashSet<string> seen)
    {
        var kids = Children(doc, s, t);
        var sources = new List<int>();
        var targets = new List<int>();
        int support = -1; // the verb that performs the noun's event ("launched" an attack), if any
        foreach (var k in kids)
        {
            var rel = doc.Tokens[k].Deprel;
            var cases = Children(doc, s, k).Where(c => doc.Tokens[c].Deprel == "case").Select(c => Lemma(doc, c)).ToList();
            // ("the Paris Agreement", "the Minsk accords", "Geneva talks": a capital naming the event is its place or name, not its party)
            if (rel is "compound" && doc.Tokens[k].Upos == "PROPN" && Places.IsCapital(ActorDictionary.Normalise(doc.Form(k)))) continue;
            // ("the Pahalgam attack": a town naming the event is where it was, not who made it)
            if (rel is "compound" && doc.Tokens[k].Upos == "PROPN" && Actors.Find(ActorDictionary.Normalise(doc.Form(k))) is null
                && Places.Resolve(doc.Form(k), []) is { Kind: not "country" }) continue;
            if (rel is "nmod:poss" || (rel is "amod" or "compound" && IsActorWord(doc, k, date))) sources.Add(k);
            else if (rel is "nmod" && cases.Contains("by")) sources.Add(k);
            // ("disengagement at Depsang and Demchok": what is "at" a name no actor has is where)
            else if (rel is "nmod" && cases.Any(TargetCases.Contains) && !IsTime(doc, k) && !IsEventNoun(doc, s, k)
                && !(cases.Contains("at") && (PlaceNouns.Contains(Lemma(doc, k)) || Actors.Find(ActorDictionary.Normalise(doc.Form(k))) is null && doc.Tokens[k].Upos == "PROPN")))
                targets.Add(k);
        }
        // "talks between A and B": both sides, each the other's counterpart
        if (sources.Count == 0 && code is "040" or "046" && targets.Count > 0)
        {
            var both = ExpandConj(doc, s, targets);
            if (both.Count >= 2) { sources.Add(both[0]); targets = []; }
        }
        if (sources.Count == 0)
        {
            // "X launched an attack on Y": the verb's subject; "Greece plans to impose restrictions": the subject of
            // the verb that controls it
            int h = doc.Tokens[t].Head;
            // (not "called the strikes an act of war": to call something something is to name it)
            // ("had talks", "had a phone call": to have performs a consultation, not an attack or a protest)
            if (h >= 0 && doc.Tokens[t].Deprel is "obj" or "nsubj:pass" && (SupportVerbs.Contains(Lemma(doc, h)) || Lemma(doc, h) == "have" && code[..2] == "04")
                && !(Lemma(doc, h) == "call" && (Children(doc, s, h).Any(k => k != t && doc.Tokens[k].Deprel is "obj" or "xcomp")
                    || Children(doc, s, t).Any(k => doc.Tokens[k].Deprel == "appos"))))
            {
                support = h;
                sources.AddRange(Children(doc, s, h).Where(k => doc.Tokens[k].Deprel is "nsubj" or "obl:agent"));
                if (sources.Count == 0 && doc.Tokens[h].Deprel == "xcomp" && doc.Tokens[h].Head is var controller && controller >= 0)
                    sources.AddRange(Children(doc, s, controller).Where(k => doc.Tokens[k].Deprel is "nsubj" or "nsubj:pass"));
                // ("warned the government against launching new military operations": the one warned would launch them)
                if (sources.Count == 0 && doc.Tokens[h].Deprel == "advcl" && doc.Tokens[h].Head is >= 0 and var ctl && DeedOf(doc, s, h, ctl))
                    sources.AddRange(Children(doc, s, ctl).Where(k => doc.Tokens[k].Deprel is "obj"));
                // ("The Security Council voted on Friday to impose new sanctions": a purpose clause's subject is its head's, as
                // for a verb's own event; the parser makes "to impose" a clause of purpose when a phrase comes between)
                if (sources.Count == 0 && doc.Tokens[h].Deprel == "advcl" && HasMark(doc, s, h, "to") && doc.Tokens[h].Head is >= 0 and var purposeOf
                    && doc.Tokens[purposeOf].Upos == "VERB" && !Children(doc, s, purposeOf).Any(k => doc.Tokens[k].Deprel == "aux:pass"))
                    sources.AddRange(Children(doc, s, purposeOf).Where(k => doc.Tokens[k].Deprel is "nsubj"));
                // ("The attackers blew up the track and opened fire on the train": a coordinated verb shares its head's subject)
                if (sources.Count == 0 && doc.Tokens[h].Deprel == "conj" && doc.Tokens[h].Head is >= 0 and var first && doc.Tokens[first].Upos == "VERB"
                    && !Children(doc, s, first).Any(k => doc.Tokens[k].Deprel == "aux:pass"))
                    sources.AddRange(Children(doc, s, first).Where(k => doc.Tokens[k].Deprel is "nsubj"));
            }
            // "X arrived in Amman on a visit", "went to Cairo on a mediation mission": the traveller is the source
            else if (h >= 0 && doc.Tokens[t].Deprel == "obl" && Lemma(doc, h) is "engage" or "involve" or "participate" && EngagedIn(doc, s, Children(doc, s, h)) == t)
                sources.AddRange(Children(doc, s, h).Where(k => doc.Tokens[k].Deprel is "nsubj" or "nsubj:pass"));
            // "The Haqqani network was blamed for the attack on the Indian embassy": the accused made the attack (as claimed)
            else if (h >= 0 && doc.Tokens[t].Deprel == "obl" && Accusing(Lemma(doc, h)) && HasCase(doc, s, t, "for"))
                sources.AddRange(Children(doc, s, h).Where(k => doc.Tokens[k].Deprel is "nsubj:pass" or "obj").Take(1));
            // "Pakistan Army troops resorted to unprovoked firing": who resorts to force uses it
            else if (h >= 0 && doc.Tokens[t].Deprel == "obl" && Lemma(doc, h) == "resort" && HasCase(doc, s, t, "to"))
            {
                support = h;
                sources.AddRange(Children(doc, s, h).Where(k => doc.Tokens[k].Deprel is "nsubj"));
            }
            // ("flew to Kabul for talks with the Taliban": so is the one who goes for talks)
            else if (h >= 0 && doc.Tokens[t].Deprel == "obl" && code[..2] == "04"
                     && Children(doc, s, t).Any(c => doc.Tokens[c].Deprel == "case" && (Lemma(doc, c) == "on" || Lemma(doc, c) == "for" && VisitVerbs.Contains(Lemma(doc, h)))))
                sources.AddRange(Children(doc, s, h).Where(k => doc.Tokens[k].Deprel is "nsubj"));
            // "Muttaqi, who was on a week-long visit to New Delhi": the one who is on the visit makes it
            else if (code[..2] == "04" && Children(doc, s, t) is var own && own.Any(c => doc.Tokens[c].Deprel == "cop") && HasCase(doc, s, t, "on"))
                sources.AddRange(own.Where(k => doc.Tokens[k].Deprel is "nsubj"));
            // "the attack, reportedly conducted by the Taliban", "an assault carried out by militants": the agent of the
            // participle that performs it (also where the parser hangs the participle on the verb above the noun)
            if (sources.Count == 0 && PerformedBy(doc, s, t, kids) is var performer && performer >= 0) sources.Add(performer);
            // "Dozens died in the attack": the dead are its victims, by whoever made it (also "died from torture", "died as a
            // result of torture while in Israeli police custody")
            // (from or under torture only: from an attack is as often an accident's word)
            int died = doc.Tokens[t].Deprel == "obl" && (HasCase(doc, s, t, "in") || HasCase(doc, s, t, "during")
                    || Lemma(doc, t) == "torture" && (HasCase(doc, s, t, "from") || HasCase(doc, s, t, "under"))) ? h
                : doc.Tokens[t].Deprel == "nmod" && HasCase(doc, s, t, "of") && h >= 0 && Lemma(doc, h) is "result" or "consequence"
                    && doc.Tokens[h].Deprel == "obl" ? doc.Tokens[h].Head : -1;
            if (sources.Count == 0 && code[..2] is "18" or "19" or "20"
                && died >= 0 && Lemma(doc, died) is "die" or "perish" && doc.Tokens[died].Deprel != "acl:relcl" && !DisasterSentence(doc, s)
                && Children(doc, s, died).FirstOrDefault(k => doc.Tokens[k].Deprel == "nsubj", -1) is var dead && dead >= 0
                && (doc.Tokens[dead].Upos == "NUM" || CountNouns.Contains(Lemma(doc, dead))
                    || ActorLike(doc, s, dead) || PersonNouns.Contains(Lemma(doc, dead)) || CivilianWords.Contains(Lemma(doc, dead))
                    || Actors.AgentRole(doc.Form(dead), doc.Tokens[dead].Lemma) is not null))
            {
                // ("… while in Israeli police custody": who held the dead did it, as the GSR codes it)
                int custody = -1;
                for (int i = s.FirstToken; i < s.EndToken && custody < 0; i++)
                    if (Lemma(doc, i) == "custody" && Children(doc, s, i).Any(c => doc.Tokens[c].Deprel is "amod" or "compound" or "nmod:poss" && ActorLike(doc, s, c)
                            || doc.Tokens[c].Deprel == "compound" && Lemma(doc, c) is "police" or "army" or "military"))
                        custody = i;
                sources.Add(custody >= 0 && Lemma(doc, t) == "torture" ? custody : UnstatedSource);
                targets = [dead];
            }
        }
        if (sources.Count == 0) return;
        // "began a hunger strike to protest against Sweden's decision", "demonstrations against the government's decision":
        // a protest at something that is no party aims at whoever owns it
        if (code[..2] == "14" && ProtestTarget(doc, s, targets, date, focus, t, support) is var protested && protested >= 0)
            targets = [protested];
        // joint exercises ("joint drills", "French and Egyptian warships … war games", "exercises with India") are military cooperation
        if (code == "150" && (Children(doc, s, t).Any(k => Lemma(doc, k) is "joint" or "combined" or "bilateral")
                || sources.Any(x => Children(doc, s, x).Any(k => doc.Tokens[k].Deprel == "conj")) || targets.Count > 0
                || sources.Any(x => Children(doc, s, x).Count(k => doc.Tokens[k].Deprel is "amod" && doc.EntitiesAt(k).Any(e => e.Type == EntityType.NORP)) >= 2)))
            code = "062";
        // "he will extend the curfew", "NATO said it would tighten the blockade": pronouns stand for their antecedents
        for (int i = 0; i < sources.Count; i++) if (sources[i] != UnstatedSource) sources[i] = Antecedent(doc, s, sources[i], support >= 0 ? support : t);
        // "will impose", "plans to impose restrictions": the performing verb's intention is the noun's (CAMEO's intent codes)
        bool intent = false;
        if (support >= 0) (code, intent) = Intent(doc, s, support, Children(doc, s, support), code);
        Emit(article, doc, s, t, ExpandConj(doc, s, sources), ExpandConj(doc, s, targets), code, $"noun {Lemma(doc, t)}{(intent ? " (intent)" : "")}", 0.7, date, focus, events, seen, intent);
    }

    /// <summary>The agent of a participle that performs the event noun <paramref name="t"/>: "the attack conducted by the
    /// Taliban", or, hung by the parser on the verb above the noun, "died in the attack, reportedly conducted by the
    /// Taliban"; -1 when there is none.</summary>
    static int PerformedBy(Doc doc, Sentence s, int t, List<int> kids)
    {
        static bool Performs(string lemma) => lemma is "conduct" or "carry" or "launch" or "stage" or "mount" or "perpetrate" or "commit" or "execute" or "claim" or "orchestrate";
        var participles = kids.Where(k => doc.Tokens[k].Deprel is "acl" && doc.Tokens[k].Xpos == "VBN").ToList();
        int h = doc.Tokens[t].Head;
        if (h >= 0 && doc.Tokens[t].Deprel == "obl")
            participles.AddRange(Children(doc, s, h).Where(k => doc.Tokens[k].Deprel is "advcl" or "acl" && doc.Tokens[k].Xpos == "VBN" && k > t && k - t <= 4));
        foreach (var p in participles)
            if (Performs(Lemma(doc, p)) && Children(doc, s, p).FirstOrDefault(c => doc.Tokens[c].Deprel == "obl:agent", -1) is var agent && agent >= 0)
                return agent;
        return -1;
    }

    /// <summary>A pronoun subject ("Hungary said it will support …") stands for the subject of the clause above it,
    /// else for the nearest proper name or noun phrase before it in the sentence.</summary>
    /// <summary>The speaker of the quotation a first-person pronoun stands in: the subject of a speech verb in
    /// the same sentence ("…," Cook said), or, inside quotation marks, in one of the three sentences before it
    /// on the same line (He added, “… We will …”); -1 when there is none.</summary>
    int QuoteSpeaker(Doc doc, Sentence s, int pronoun)
    {
        int SpeakerIn(Sentence x)
        {
            for (int v = x.FirstToken; v < x.EndToken; v++)
            {
                if (doc.Tokens[v].Upos != "VERB" || !SpeechVerbs.Contains(Lemma(doc, v))) continue;
                foreach (var k in Children(doc, x, v))
                    if (doc.Tokens[k].Deprel == "nsubj" && k != pronoun && doc.Form(k).ToLowerInvariant() is not ("i" or "we" or "you"))
                        return doc.Tokens[k].Upos == "PRON" ? Antecedent(doc, x, k, v) : k;
            }
            return -1;
        }
        int here = SpeakerIn(s);
        if (here >= 0) return here;
        // inside quotation marks: an odd number of them since the line began
        int lineStart = doc.Text.LastIndexOf('\n', Math.Max(0, doc.Tokens[pronoun].Start - 1)) + 1;
        int quotes = 0;
        for (int i = lineStart; i < doc.Tokens[pronoun].Start; i++) if (doc.Text[i] is '"' or '“' or '”') quotes++;
        if (quotes % 2 == 0) return -1;
        int si = SentenceIndex(doc, s.FirstToken);
        for (int back = 1; back <= 3 && si - back >= 0; back++)
        {
            var prev = doc.Sentences[si - back];
            if (prev.End < lineStart) break;
            int sp = SpeakerIn(prev);
            if (sp >= 0) return sp;
        }
        return -1;
    }

    /// <summary>
    /// Who carries out an event named by a noun: its owner ("Pakistan's strikes", "the Indian strikes"), the subject of
    /// the verb that makes it ("Pakistan carried out air strikes"), or the one accused of it ("accused Pakistan of
    /// carrying out air strikes"); -1 when the sentence does not say.
    /// </summary>
    int EventAgent(Doc doc, Sentence s, int noun, DateOnly? date)
    {
        int owner = EventOwner(doc, s, noun, date);
        if (owner >= 0) return owner;
        if (doc.Tokens[noun].Deprel != "obj" || doc.Tokens[noun].Head is not (>= 0 and var verb) || Lemma(doc, verb) is not ("carry" or "launch" or "conduct"
            or "stage" or "mount" or "execute" or "undertake")) return PreviousEventAgent(doc, s, noun, date);
        int subject = Children(doc, s, verb).FirstOrDefault(c => doc.Tokens[c].Deprel == "nsubj" && doc.Tokens[c].Upos != "PRON", -1);
        if (subject >= 0) return subject;
        // (the accused: "accused Pakistan of carrying out …", read with the clause on the accused or on the accusation)
        if (doc.Tokens[verb].Head is not (>= 0 and var up) || !HasMark(doc, s, verb, "of") && !HasMark(doc, s, verb, "for")) return -1;
        if (doc.Tokens[verb].Deprel == "acl" && doc.Tokens[up].Upos is "PROPN" or "NOUN" && doc.Tokens[up].Deprel == "obj" && doc.Tokens[up].Head is >= 0 and var accusing
            && Accusing(Lemma(doc, accusing)))
            return up;
        if (doc.Tokens[verb].Deprel == "advcl" && Accusing(Lemma(doc, up)))
            return Children(doc, s, up).FirstOrDefault(c => doc.Tokens[c].Deprel == "obj", -1);
        return -1;
    }

    /// <summary>
    /// "The Taliban accused Pakistan of carrying out airstrikes in Khost … Mujahid said the strikes had hit homes": "the
    /// strikes", with no agent of their own, are the ones the three sentences before named with theirs; -1 when none did.
    /// Counted ones continue a tally further back ("Coalition military forces conducted 34 strikes against ISIL … Near Ar
    /// Raqqah, 15 strikes engaged five ISIL tactical units", ten sentences on in a strike report): twelve sentences.
    /// </summary>
    int PreviousEventAgent(Doc doc, Sentence s, int noun, DateOnly? date)
    {
        bool counted = !IsDefinite(doc, s, noun) && Children(doc, s, noun).Any(c => doc.Tokens[c].Deprel == "nummod")
            && !Children(doc, s, noun).Any(c => doc.Tokens[c].Deprel == "det");
        if (!IsDefinite(doc, s, noun) && !counted) return -1;
        var family = StrikeFamily(Lemma(doc, noun));
        int si = SentenceIndex(doc, s.FirstToken);
        for (int back = 1; back <= (counted ? 12 : 3) && si - back >= 0; back++)
        {
            var prev = doc.Sentences[si - back];
            for (int k = prev.EndToken - 1; k >= prev.FirstToken; k--)
                if (doc.Tokens[k].Upos == "NOUN" && StrikeFamily(Lemma(doc, k)) == family
                    && EventAgentHere(doc, prev, k, date) is var agent && agent >= 0)
                    return agent;
        }
        return -1;
    }

    // (an airstrike is a strike from the air: "the strikes" take up "airstrikes")
    static string StrikeFamily(string lemma) => lemma is "airstrike" or "strike" ? "strike" : lemma;

    /// <summary><see cref="EventAgent"/> within its own sentence only (a definite noun there is itself a reference back,
    /// and is looked up no further).</summary>
    int EventAgentHere(Doc doc, Sentence s, int noun, DateOnly? date) =>
        IsDefinite(doc, s, noun) ? EventOwner(doc, s, noun, date) : EventAgent(doc, s, noun, date);

    /// <summary>The actor word an event noun is owned or qualified by ("Pakistan's strikes", "the Indian strikes"), or -1.</summary>
    int EventOwner(Doc doc, Sentence s, int noun, DateOnly? date) =>
        Children(doc, s, noun).FirstOrDefault(c => doc.Tokens[c].Deprel is "nmod:poss" or "amod" or "compound" && doc.Tokens[c].Upos is "ADJ" or "PROPN"
            && IsActorWord(doc, c, date) && !(doc.Tokens[c].Deprel == "compound" && IsPlaceName(doc, c)), -1);

    /// <summary>A town, region or capital's name (not a country's): "Kabul", "Pahalgam".</summary>
    bool IsPlaceName(Doc doc, int k) =>
        doc.Tokens[k].Upos == "PROPN" && ActorDictionary.Normalise(doc.Form(k)) is var key
        && (Places.IsCapital(key) || Actors.Find(key) is null or { Kind: "country" } && Places.Resolve(doc.Form(k), []) is { Kind: not "country" });

    /// <summary>Whether an event noun is named after where it happened and nothing else names a party: "a Kabul car bombing".</summary>
    bool NamedAfterPlace(Doc doc, Sentence s, int noun)
    {
        var kids = Children(doc, s, noun);
        if (kids.Any(c => doc.Tokens[c].Deprel is "nmod:poss" || doc.Tokens[c].Deprel == "amod" && doc.Tokens[c].Upos is "ADJ" && IsActorWord(doc, c, null))) return false;
        // (a compound chain: "Kabul car bombing" has "car" under "bombing" and "Kabul" under "car" or "bombing")
        for (int c = noun, hops = 0; hops < 3; hops++)
        {
            int k = Children(doc, s, c).Where(x => doc.Tokens[x].Deprel == "compound" && x < c).DefaultIfEmpty(-1).Min();
            if (k < 0) return false;
            if (IsPlaceName(doc, k)) return true;
            c = k;
        }
        return false;
    }

    static bool IsDefinite(Doc doc, Sentence s, int noun) =>
        Children(doc, s, noun).Any(c => doc.Tokens[c].Deprel == "det" && Lemma(doc, c) is "the" or "these" or "those" or "this");

    /// <summary>The event noun a relative clause belongs to when the parser hung it on the event's place ("air strikes in
    /// Paktika province that killed 46 people"); -1 when it hangs on anything else.</summary>
    int EventBehindPlace(Doc doc, Sentence s, int relcl)
    {
        if (doc.Tokens[relcl].Deprel != "acl:relcl" || doc.Tokens[relcl].Head is not (>= 0 and var noun)) return -1;
        return doc.Tokens[noun].Deprel == "nmod" && doc.Tokens[noun].Head is >= 0 and var owner && IsEventNoun(doc, s, owner)
            && Children(doc, s, noun).Any(c => doc.Tokens[c].Deprel == "case" && Lemma(doc, c) is "in" or "at" or "near" or "on")
            && (PlaceNouns.Contains(Lemma(doc, noun)) || doc.Tokens[noun].Upos == "PROPN" && Places.Resolve(doc.Form(noun), []) is not null)
            ? owner : -1;
    }

    /// <summary>Whose convoy, home or camp a possessive pronoun says, for what is struck: the subject, active or passive, of
    /// a clause above, but not the one who strikes, nor a single person for "their" ("Two Chinese nationals were injured when a
    /// suicide bomber struck their convoy": the nationals); otherwise as <see cref="Antecedent"/> finds it.</summary>
    int Owner(Doc doc, Sentence s, int pronoun, int thing)
    {
        bool plural = doc.Form(pronoun).Equals("their", StringComparison.OrdinalIgnoreCase);
        int verb = doc.Tokens[thing].Head;
        for (int h = verb, hops = 0; h >= 0 && hops < 4; h = doc.Tokens[h].Head, hops++)
        {
            int subj = Children(doc, s, h).FirstOrDefault(k => doc.Tokens[k].Deprel is "nsubj" or "nsubj:pass" && doc.Tokens[k].Upos != "PRON"
                && !(h == verb && doc.Tokens[k].Deprel == "nsubj")
                && !(plural && doc.Tokens[k].Xpos == "NN" && !CollectiveNouns.Contains(Lemma(doc, k))), -1);
            if (subj >= 0) return subj;
        }
        return Antecedent(doc, s, pronoun, thing);
    }

    int Antecedent(Doc doc, Sentence s, int pronoun, int trigger)
    {
        if (doc.Tokens[pronoun].Upos != "PRON") return pronoun;
        // "the 2.8 million who voted": a relative pronoun stands for the noun its clause modifies
        // (also from a verb deeper in the clause: "the troops, which are there to counter ISIS")
        if (Lemma(doc, pronoun) is "who" or "which" or "that")
        {
            for (int h = trigger, hops = 0; h >= 0 && hops < 4; h = doc.Tokens[h].Head, hops++)
            {
                if (doc.Tokens[h].Deprel is "acl:relcl" && doc.Tokens[h].Head >= 0)
                {
                    // ("air strikes in Paktika province that killed 46 people": what kills is the strikes, not the place
                    // the parser hung the clause on)
                    int owner = EventBehindPlace(doc, s, h);
                    return owner >= 0 ? owner : doc.Tokens[h].Head;
                }
                // (a relative clause the parser hung on the verb: "rein in the TTP, which it blames for …" stands for the
                // noun right before it)
                if (doc.Tokens[h].Deprel is "advcl:relcl")
                {
                    int before = pronoun - 1;
                    while (before >= s.FirstToken && doc.Tokens[before].Upos == "PUNCT") before--;
                    return before >= s.FirstToken && doc.Tokens[before].Upos is "NOUN" or "PROPN" ? before : pronoun;
                }
            }
            return pronoun;
        }
        // "We will continue to strike," Cook said: the first person of a quotation is its speaker
        if (doc.Form(pronoun).ToLowerInvariant() is "i" or "we" or "my" or "our" && QuoteSpeaker(doc, s, pronoun) is var speaker && speaker >= 0)
            return speaker;
        if (Lemma(doc, pronoun) is not ("it" or "they" or "he" or "she" or "we" or "its" or "their" or "his" or "her" or "them" or "him") && doc.Form(pronoun).ToLowerInvariant() is not ("their" or "his" or "her" or "its")) return pronoun;
        for (int c = trigger, h = doc.Tokens[trigger].Head, hops = 0; h >= 0 && hops < 6; c = h, h = doc.Tokens[h].Head, hops++)
        {
            // (not the subject of the clause a relative clause hangs on: in "demanded that Kabul rein in the TTP, which it
            // blames for attacks", "it" is Pakistan, not Kabul)
            if (doc.Tokens[c].Deprel is "acl:relcl" or "advcl:relcl") continue;
            // (nor a subject that is itself someone's: "said its forces had carried out … and that nine of its fighters
            // had been killed": "its" is the government's, not the forces')
            // (in a clause conjoined to it; in its own, "their forces had completed their withdrawal" is the forces')
            // (and "it" is no common plural: in "said the strikes targeted the group, which it blamed for …", "it" is the one who
            // said so; "the United States" stays one)
            var subj = Children(doc, s, h).FirstOrDefault(k => doc.Tokens[k].Deprel == "nsubj" && doc.Tokens[k].Upos != "PRON"
                && !(Lemma(doc, pronoun) is "it" or "its" && doc.Tokens[k].Xpos == "NNS")
                // (nor the phrase the possessive is in: in "Pakistan said its air force had shot down …", "its" is not the air force's)
                && !Governs(doc, k, pronoun)
                && !(doc.Tokens[c].Deprel == "conj" && Children(doc, s, k).Any(x => doc.Tokens[x].Deprel == "nmod:poss" && doc.Tokens[x].Upos == "PRON")), -1);
            if (subj >= 0) return subj;
        }
        for (int i = pronoun - 1; i >= s.FirstToken; i--)
            if (doc.Tokens[i].Upos == "PROPN" && doc.Tokens[i].Deprel is not ("compound" or "flat")) return i;
        // "he" or "she" opening a sentence is most often the person the previous sentence was about: its subject,
        // when that subject is a person (a name, or a title such as "the prime minister")
        if (Lemma(doc, pronoun) is "he" or "she")
        {
            int si = SentenceIndex(doc, s.FirstToken);
            if (si > 0 && doc.Sentences[si - 1] is var prev && prev.Kind == SentenceKind.Body)
                for (int i = prev.FirstToken; i < prev.EndToken; i++)
                    if (doc.Tokens[i].Deprel == "nsubj" && doc.Tokens[i].Head >= 0
                        && (doc.Tokens[doc.Tokens[i].Head].Deprel == "root" || SpeechVerbs.Contains(Lemma(doc, doc.Tokens[i].Head)))
                        && (doc.EntitiesAt(i).Any(e => e.Type == EntityType.PERSON)
                            || doc.Tokens[i].Upos == "NOUN" && Actors.AgentRole(doc.Form(i), doc.Tokens[i].Lemma) is not null
                            || doc.Tokens[i].Upos == "PROPN" && SpeechVerbs.Contains(Lemma(doc, doc.Tokens[i].Head))))
                        return i;
        }
        return pronoun;
    }

    /// <summary>Whether the name in tokens [first, end) has a relative clause opened by "who", "whom" or "whose": a person's
    /// name, whatever place it shares its spelling with.</summary>
    static bool HasWhoClause(Doc doc, int first, int end)
    {
        for (int c = end; c < doc.Tokens.Length && c < end + 40; c++)
        {
            if (doc.Tokens[c].Deprel != "acl:relcl" || doc.Tokens[c].Head < first || doc.Tokens[c].Head >= end) continue;
            for (int k = end; k < c; k++)
                if ((doc.Tokens[k].Head == c || doc.Tokens[k].Head > k && doc.Tokens[doc.Tokens[k].Head].Head == c) // ("whose wife")
                    && Lemma(doc, k) is "who" or "whom" or "whose") return true;
        }
        return false;
    }

    /// <summary>Whether a sentence names a country (or its people) other than the given one.</summary>
    bool NamesOtherCountry(Doc doc, Sentence s, string country, DateOnly? date, HashSet<int>? except = null)
    {
        foreach (var e in doc.EntitiesOverlapping(s.FirstToken, s.EndToken))
        {
            if (e.FirstToken < s.FirstToken || e.EndToken > s.EndToken || e.Type is not (EntityType.GPE or EntityType.NORP or EntityType.ORG or EntityType.LOC)) continue;
            if (except is not null && except.Contains(e.FirstToken)) continue;
            var code = Actors.Find(ActorDictionary.Normalise(doc.SpanText(e.Start, e.End)))?.CodeAt(date);
            if (code is { Length: >= 3 } && !code.StartsWith(country, StringComparison.Ordinal) && Places.Country(code[..3]) is not null) return true;
        }
        return false;
    }

    /// <summary>
    /// The words that say who reports an event, not where or to whom it happens: the speaker of reported content
    /// ("…, aid workers in Nairobi said", "a spokeswoman for the U.S. embassy said"). Empty when the trigger is not
    /// reported speech.
    /// </summary>
    static HashSet<int> Attribution(Doc doc, Sentence s, int trigger)
    {
        var result = new HashSet<int>();
        bool under(int i, int h)
        {
            for (int guard = 0; i >= 0 && guard < 60; i = doc.Tokens[i].Head, guard++) if (i == h) return true;
            return false;
        }
        // (only the speaker's own words: a misparse often hangs part of the content on the speech verb as well)
        void addSpeaker(int speech)
        {
            foreach (var k in Children(doc, s, speech))
                if (doc.Tokens[k].Deprel is "nsubj" && !under(trigger, k))
                    for (int i = s.FirstToken; i < s.EndToken; i++)
                        if (under(i, k)) result.Add(i);
        }
        // the trigger inside what a speech verb reports
        for (int c = trigger, h = doc.Tokens[trigger].Head, guard = 0; h >= 0 && guard < 50; c = h, h = doc.Tokens[h].Head, guard++)
            if (SpeechVerbs.Contains(Lemma(doc, h)) && doc.Tokens[c].Deprel is "ccomp" or "parataxis") { addSpeaker(h); break; }
        // a speech verb hung on the trigger's clause ("Croatia is investigating …, an official said")
        for (int i = s.FirstToken; i < s.EndToken; i++)
            if (doc.Tokens[i].Deprel == "parataxis" && i != trigger && SpeechVerbs.Contains(Lemma(doc, i)) && doc.Tokens[i].Head >= 0
                && under(trigger, doc.Tokens[i].Head) && !under(trigger, i))
                addSpeaker(i);
        return result;
    }

    /// <summary>The country of whoever the sentence says reports the trigger's clause (its <see cref="Attribution"/>: "the ISPR
    /// said …" → PAK), or null.</summary>
    string? ReporterCountry(Doc doc, Sentence s, HashSet<int> attribution, DateOnly? date, ArticleFocus focus, string? where = null)
    {
        foreach (var k in attribution.Order())
            if (doc.Tokens[k].Upos is "PROPN" or "NOUN" && ResolveActor(doc, s, k, date, focus, where: where) is { Code: { Length: >= 3 } own } && Places.Country(own[..3]) is not null)
                return own[..3];
        return null;
    }

    bool IsActorWord(Doc doc, int k, DateOnly? date) =>
        Actors.Find(ActorDictionary.Normalise(doc.Form(k))) is not null
        || doc.EntitiesAt(k).Any(e => e.Type != EntityType.DATE); // "a three-day strike" has no owner

    /// <summary>The index of the sentence holding a token (sentences are in text order: a binary search).</summary>
    static int SentenceIndex(Doc doc, int token)
    {
        int lo = 0, hi = doc.Sentences.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (doc.Sentences[mid].FirstToken <= token) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    static List<int> ExpandConj(Doc doc, Sentence s, List<int> heads)
    {
        var all = new List<int>();
        foreach (var h in heads)
        {
            all.Add(h);
            for (int i = s.FirstToken; i < s.EndToken; i++)
                if (doc.Tokens[i].Head == h && doc.Tokens[i].Deprel == "conj" && doc.Tokens[i].Upos is "NOUN" or "PROPN" or "PRON"
                    && !doc.EntitiesAt(i).Any(e => e.Type == EntityType.DATE)
                    && Lemma(doc, i) is not ("yesterday" or "today" or "tomorrow" or "tonight")) all.Add(i);
        }
        return all;
    }

    /// <summary>The noun phrase of an argument head: compounds, modifiers, names and possessors, as a token range.</summary>
    static (int Start, int End) Phrase(Doc doc, Sentence s, int head)
    {
        int lo = head, hi = head;
        void Walk(int h, int depth)
        {
            if (depth > 4) return;
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                if (doc.Tokens[i].Head != h) continue;
                if (doc.Tokens[i].Deprel is "compound" or "amod" or "flat" or "nmod:poss" or "det" or "case" or "nummod" or "punct" or "nmod" or "appos" or "compound:prt")
                {
                    if (doc.Tokens[i].Deprel is "nmod" or "appos" && i < head) continue;
                    if (doc.Tokens[i].Deprel is "nmod" && !Children(doc, s, i).Any(c => Lemma(doc, c) is "of")) continue;
                    // ("investigating WeWork, according to two people familiar with the matter": the source of the news is
                    // no part of the name, however the parser hangs it)
                    if (doc.Tokens[i].Deprel is "nmod" or "appos" && Children(doc, s, i).Any(c => doc.Tokens[c].Deprel == "case" && doc.Form(c).ToLowerInvariant() == "according")) continue;
                    if (doc.Tokens[i].Deprel is "punct" && !(i > lo && i < hi)) continue;
                    lo = Math.Min(lo, i);
                    hi = Math.Max(hi, i);
                    Walk(i, depth + 1);
                }
            }
        }
        Walk(head, 0);
        while (lo < hi && doc.Tokens[lo].Deprel is "case" or "det" or "punct") lo++;
        while (hi > lo && doc.Tokens[hi].Deprel is "case" or "punct") hi--;
        return (lo, hi + 1);
    }

    /// <summary>Codes an argument: a named actor (time-aware), else a country word plus an agent noun, else the focus country plus the agent.</summary>
    /// <summary>An argument's words: its phrase, with the titles and nationality words the parse left outside the
    /// name ("German Foreign Minister Oskar Fischer"), and a title the parse split off as a second subject
    /// ("Prime Minister | Igor Matovič posted …").</summary>
    static (int Start, int End) ActorSpan(Doc doc, Sentence s, int head)
    {
        var (start, end) = Phrase(doc, s, head);
        // "Vietnamese-led forces": the leading country is part of the name (not "-backed": a backer is no member)
        if (start - 3 >= s.FirstToken && doc.Form(start - 1) == "led" && doc.Form(start - 2) is "-" or "‑" && doc.Tokens[start - 3].Upos is "PROPN" or "ADJ")
            start -= 3;
        while (start > s.FirstToken && end - start < 8)
        {
            var before = doc.Tokens[start - 1];
            if (before.Upos is "PROPN" or "ADJ" or "NOUN"
                && (before.Deprel is "compound" or "amod" or "nmod:desc" or "flat" or "nmod:poss" or "appos"
                    || before.Deprel == doc.Tokens[head].Deprel && before.Head == doc.Tokens[head].Head))
                start--;
            // "Pakistan's Foreign Office spokesperson Mumtaz Zahra Baloch": the owner named before a title is whose the person is
            else if (start - 2 >= s.FirstToken && before.Deprel == "case" && doc.Form(start - 1) is "'s" or "’s"
                     && doc.Tokens[start - 2].Upos == "PROPN" && doc.Tokens[start - 2].Deprel == "nmod:poss" && doc.Tokens[start - 2].Head >= start && doc.Tokens[start - 2].Head < end)
                start -= 2;
            else break;
        }
        // "but the Inter-Services Public Relations said": a name the recogniser read is the actor's words whole, however the
        // parse split it (it had made "Inter-Services" the object of "but")
        foreach (var e in doc.EntitiesAt(head))
            if (e.Type is EntityType.ORG or EntityType.PERSON && e.FirstToken >= s.FirstToken && e.EndToken <= s.EndToken)
            {
                start = Math.Min(start, e.FirstToken);
                end = Math.Max(end, e.EndToken);
            }
        return (start, end);
    }

    /// <param name="where">country where the event happens, preferred over the article's for a bare agent noun
    /// ("20 militants" killed in Idlib are Syrian, whatever the article's main country)</param>
    ActorRef ResolveActor(Doc doc, Sentence s, int head, DateOnly? date, ArticleFocus focus, int depth = 0, string? where = null)
    {
        // an antecedent found in the previous sentence is read in its own sentence
        if (head < s.FirstToken || head >= s.EndToken) s = doc.Sentences[SentenceIndex(doc, head)];
        var (start, end) = ActorSpan(doc, s, head);
        var text = doc.SpanText(doc.Tokens[start].Start, doc.Tokens[end - 1].End);
        string? named = null, namedName = null, country = null, role = null;
        bool capital = false;
        for (int i = start; i < end && named is null; i++)
            for (int j = Math.Min(end, i + Actors.MaxWords); j > i; j--)
            {
                if (j - i > 1 && doc.Tokens[j - 1].Upos == "PUNCT") continue; // ("Antioch ," is "Antioch")
                var key = ActorDictionary.Normalise(doc.SpanText(doc.Tokens[i].Start, doc.Tokens[j - 1].End));
                var entry = Actors.Find(key);
                // a one-word person entry never matches the first name of a longer name ("Albert" of Monaco in "Albert Muchanga")
                if (entry is { Kind: "person" } && j - i == 1 && j < end && doc.Tokens[j].Upos == "PROPN" && doc.Tokens[i].Upos == "PROPN") entry = null;
                // plural demonyms: "Pakistanis", "Afghans" (only for countries: "Hamas" is not a plural of Hama)
                if (entry is null && key.EndsWith('s') && Actors.Find(key[..^1]) is { Kind: "country" } people) entry = people;
                if (entry is null) continue;
                // ("single male penguins", "two male foreign visitors": a country, its capital or its people are written with
                // a capital letter; PETRARCH-2 lists "male" for Malé, the Maldives)
                if (entry.Kind == "country" && !char.IsUpper(doc.Text[doc.Tokens[i].Start])) continue;
                var code = entry.CodeAt(date);
                if (code is null) continue;
                // "Amman, who was described as knife-obsessed": a capital's name inside a person's name is that person
                if (entry.Kind == "country" && Places.IsCapital(key)
                    && (doc.EntitiesOverlapping(Math.Min(i, j - 1), i + 1).Any(e => e.Type == EntityType.PERSON && e.FirstToken <= i && j <= e.EndToken) || HasWhoClause(doc, i, j))) continue;
                // ("Nikki Holland of the UK's National Crime Agency", "Michael Jordan": so is another name of a country after a
                // person's first name)
                if (entry.Kind == "country" && !Places.IsCountry(key) && doc.Tokens[i].Upos == "PROPN" && !doc.Form(i).All(char.IsUpper)
                    && doc.EntitiesOverlapping(Math.Min(i, j - 1), i + 1).Any(e => e.Type == EntityType.PERSON && e.FirstToken < i && j <= e.EndToken)) continue;
                // "the use of the Russian language", "an Iraq War veteran": a language, or a war named after a country, is no
                // party of that country
                if ((entry.Kind == "country" || code.Length == 3) && j < end && Lemma(doc, j) is "language" or "languages" or "dialect" or "tongue" or "alphabet" or "script"
                        or "war" or "wars" or "invasion" or "occupation" or "genocide") { i = j - 1; break; }
                // ("a resident of Antioch, Illinois": the qualified place, not the dictionary's Antioch in Turkey)
                if (entry.Kind == "country" && Qualifier(doc, s, j) is { } within && Places.Resolve(key, [], within) is { } qualified
                    && qualified.Country != code[..Math.Min(3, code.Length)])
                    code = qualified.Country;
                // ("Addison, a village southwest of Ithaca" in American news: PETRARCH-2 lists towns and islands under their
                // country, Ithaca under Greece, but a town of that name in the article's own country is that town)
                // (so is a state named like a country in news clearly about its own country: "stops in Pennsylvania, Georgia, Florida")
                else if (entry.Kind == "country" && focus.Count > 0 && focus[0] != code[..Math.Min(3, code.Length)] && !Places.IsCapital(key)
                    && Places.Resolve(key, [focus[0]]) is { Kind: "city" or "admin1" } local && local.Country == focus[0]
                    && (!Places.IsCountry(key) || local.Kind == "admin1" && focus.Dominant == focus[0]))
                    code = local.Country;
                if (entry.Kind == "country")
                {
                    country ??= code;
                    capital |= Places.IsCapital(key) && i == start && j == end;
                    namedName ??= entry.Name;
                }
                else { named = code; namedName = entry.Name; }
                i = j - 1;
                break;
            }
        // agent phrases first ("coast guard", "riot police", "intelligence agency"), then single agent nouns
        for (int i = start; i < end && role is null; i++)
            for (int j = Math.Min(end, i + Actors.MaxAgentWords); j >= i + 2 && role is null; j--)
                if (doc.Tokens[j - 1].Upos is "NOUN" or "PROPN")
                    role = Actors.AgentPhraseRole(ActorDictionary.Normalise(doc.SpanText(doc.Tokens[i].Start, doc.Tokens[j - 1].End)));
        // ("a suspected militant commander": the armed group an adjective names, before the rank it qualifies)
        for (int i = start; i < end && role is null; i++)
            if (doc.Tokens[i].Upos == "ADJ" && Actors.AgentRole(doc.Form(i), doc.Tokens[i].Lemma) is "INS" or "REB" or "UAF" or "SEP" or "RAD" or "CRM" && i + 1 < end)
                role = Actors.AgentRole(doc.Form(i), doc.Tokens[i].Lemma);
        // ("Afghanistan's refugee ministry" is a ministry, not refugees: the head noun names what the actor is, a noun before
        // it what it deals with; "army spokesman", whose head names no role, stays the army's)
        for (int i = start; i < end && role is null; i++)
            if (doc.Tokens[i].Upos == "NOUN" && (doc.Tokens[i].Head < start || doc.Tokens[i].Head >= end) && i > start
                && doc.Tokens[i - 1].Head == i && doc.Tokens[i - 1].Deprel == "compound"
                && Actors.AgentRole(doc.Form(i), doc.Tokens[i].Lemma) is "GOV" or "JUD" or "LEG" && Actors.AgentRole(doc.Form(i - 1), doc.Tokens[i - 1].Lemma) is not null)
                role = Actors.AgentRole(doc.Form(i), doc.Tokens[i].Lemma);
        for (int i = start; i < end && role is null; i++)
            // ("companies of central forces" are units of the forces, not businesses)
            // (nor is a word inside a hyphenated modifier a role: "intelligence-based operations" are no spies')
            if (doc.Tokens[i].Upos is "NOUN" or "PROPN" && !(Lemma(doc, i) is "company" or "companies" && i + 1 < end && Lemma(doc, i + 1) == "of")
                && !(i + 2 < end && doc.Form(i + 1) is "-" or "‑" && doc.Tokens[i].Head == i + 2 && doc.Tokens[i + 2].Deprel == "amod"))
                role = Actors.AgentRole(doc.Form(i), doc.Tokens[i].Lemma);
        if (named is not null)
            return new ActorRef(text, named, namedName);
        // "30 terrorists belonging to Fitna al-Khawarij", "militants linked to al-Qaeda": the group they belong to
        // (fighters only: "a body linked to the Organization of African Unity", "workers affiliated with the union" keep their own)
        if (depth == 0 && role is "INS" or "UAF" or "REB" or "SEP" or "RAD" or "CRM" && BelongsTo(doc, s, head) is var belongsTo && belongsTo >= 0
            && ResolveActor(doc, s, belongsTo, date, focus, depth + 1) is { Code: { Length: > 3 } groupCode } groupRef && Places.Country(groupCode) is null)
            return new ActorRef(text, groupCode, groupRef.Name);
        // "a fresh offer from Afganistan", "the Phillippines military": a country name with a typing slip
        if (country is null)
            for (int i = start; i < end && country is null; i++)
                if (doc.Tokens[i].Upos is "PROPN" && Actors.Find(ActorDictionary.Normalise(doc.Form(i))) is null && Places.MisspeltCountry(doc.Form(i)) is { } misspelt)
                    country = misspelt.Country;
        // "ethnic Albanians in south Serbia", "the Albanians of southern Serbia", "ethnic Turks" striking in Sweden: a people
        // living in another country are coded as that country's, the way CAMEO codes ethnic minorities
        bool ethnic = Enumerable.Range(start, end - start).Any(i => Lemma(doc, i) == "ethnic");
        // (not a deed: "Pakistani shelling in the Poonch sector" is Pakistan's, wherever it falls)
        if ((country is not null || ethnic) && role is null or "CVL" or "REB" or "INS" or "OPP" or "UAF" && depth == 0
            && !(doc.Tokens[head].Upos == "NOUN" && NounTriggers.ContainsKey(NounKey(doc, head, Lemma(doc, head))))
            && (ethnic || doc.EntitiesOverlapping(start, end).Any(e => e.Type == EntityType.NORP && e.FirstToken >= start && e.EndToken <= end)))
        {
            string? own = country is null ? null : country[..Math.Min(3, country.Length)], home = null;
            foreach (var k in Children(doc, s, head))
            {
                if (doc.Tokens[k].Deprel != "nmod" || !Children(doc, s, k).Any(c => doc.Tokens[c].Deprel == "case" && Lemma(doc, c) is "in" or "of")) continue;
                if (PlaceAt(doc, s, k, SentenceFocus(doc, s, focus)) is { } place && place.Country != own) { home = place.Country; break; }
            }
            // (with no place of their own, the first other country the sentence names)
            if (home is null && ethnic)
                home = SentenceFocus(doc, s, new ArticleFocus()).FirstOrDefault(c => c != own);
            if (home is not null && (ethnic || role is null)) country = home;
        }
        // "a Christian missionary from Calgary": where someone is from is their country
        if (country is null)
            foreach (var k in Children(doc, s, head))
            {
                // ("opposition groups in Zimbabwe", "police in Jericho": people of a place, though not troops, often foreign)
                // (nor people named by a people or faith: "Jewish settlers in Hebron" are not Palestinian)
                if (doc.Tokens[k].Deprel != "nmod" || !Children(doc, s, k).Any(c => doc.Tokens[c].Deprel == "case"
                        && (Lemma(doc, c) == "from" || Lemma(doc, c) == "in" && role is not null and not "MIL"
                            && !doc.EntitiesOverlapping(start, end).Any(e => e.Type == EntityType.NORP && e.FirstToken >= start && e.EndToken <= end)
                            && !Enumerable.Range(start, end - start).Any(i => Lemma(doc, i) is "jewish" or "muslim" or "christian" or "hindu" or "sikh"
                                or "buddhist" or "catholic" or "protestant" or "shiite" or "shia" or "sunni" or "alawite" or "druze" or "ethnic" or "kurdish")))) continue;
                if (PlaceAt(doc, s, k, SentenceFocus(doc, s, focus)) is { } origin) { country = origin.Country; break; }
            }
        if (country is not null)
        {
            var name = Places.Country(country)?.Name ?? namedName;
            if (role is not null) return new ActorRef(text, country + role, $"{name} {RoleName(role)}".Trim());
            return new ActorRef(text, capital ? country + "GOV" : country, capital ? $"{name} government" : name);
        }
        // "its troops", "their forces": the possessor's country, through the pronoun's antecedent
        // ("PTI said 12 of its workers were killed": a party's or a group's workers, supporters and members are the party's,
        // not labour; a state's troops are its army)
        var possessor = depth == 0 ? Enumerable.Range(start, end - start).FirstOrDefault(i => doc.Tokens[i].Deprel == "nmod:poss" && doc.Tokens[i].Upos == "PRON", -1) : -1;
        bool member = possessor >= 0 && doc.Tokens[possessor].Head >= 0 && MemberNouns.Contains(Lemma(doc, doc.Tokens[possessor].Head));
        // ("a suicide bomber struck their convoy", "shelled their homes": what people travel or live in stands for them, as
        // what is struck; not where they are, "visiting each other at their homes")
        bool owned = possessor >= 0 && role is null && doc.Tokens[possessor].Head == head && OwnedPlaces.Contains(Lemma(doc, head))
            && doc.Tokens[head].Deprel is "obj" or "nsubj:pass";
        if ((role is not null || member || owned) && possessor >= 0)
        {
            var antecedent = owned ? Owner(doc, s, possessor, head) : Antecedent(doc, s, possessor, head);
            if (antecedent != possessor && ResolveActor(doc, s, antecedent, date, focus, depth + 1) is { Code: { Length: >= 3 } owner } ownerRef)
            {
                bool ownerCountry = Places.Country(owner[..3]) is not null;
                if (member && (owner.Length >= 6 && owner.AsSpan(3, 3) is not ("GOV" or "MIL" or "COP" or "SPY" or "JUD" or "LEG") || !ownerCountry)
                    || owned)
                    return new ActorRef(text, owner, ownerRef.Name);
                // (an owner with no country, "the union said its workers …", lends none)
                if (role is not null && ownerCountry)
                    return new ActorRef(text, owner[..3] + role, $"{Places.Country(owner[..3])?.Name ?? owner[..3]} {RoleName(role)}");
            }
        }
        // "The TTP said it carried out 42 attacks. The group also warned …": "the group" is the last group named before it,
        // in this sentence or the three before
        if (role is null && depth == 0 && end - start == 1 && start > s.FirstToken && Lemma(doc, start - 1) == "the"
            && Lemma(doc, head) is "group" or "organisation" or "organization" or "movement" or "outfit" && LastGroupBefore(doc, start, date) is { } group)
            return group with { Text = text };
        // a surname alone, after the article named the person in full
        if (role is null && focus.People.Count > 0)
            for (int i = start; i < end; i++)
                if (doc.Tokens[i].Upos == "PROPN" && focus.People.TryGetValue(doc.Form(i), out var person) && person is not null)
                    return new ActorRef(text, person.Code, person.Name);
        // "a spokesman for the United Nations", "a spokeswoman for the U.S. embassy", "a spokesman for UNAMA": one who speaks
        // or acts for a body is that body's (they had been guessed as the article's country's government)
        if (role is not null && depth == 0 && Lemma(doc, head) is "spokesman" or "spokeswoman" or "spokesperson" or "representative" or "representatives"
                or "envoy" or "official" or "officials" or "delegate" or "delegates" or "delegation" or "ambassador" or "member" or "members" or "leader"
                or "leaders" or "head" or "chief" or "commander" or "adviser" or "advisor" or "aide" or "director" or "chairman" or "chairwoman" or "secretary"
                or "lawyer" or "lawyers" or "attorney" or "negotiator" or "mediator" or "source" or "sources")
            foreach (var k in Children(doc, s, head))
            {
                if (doc.Tokens[k].Deprel != "nmod" || !HasCase(doc, s, k, "for") && !HasCase(doc, s, k, "of") || IsTime(doc, k)) continue;
                var body = ResolveActor(doc, s, k, date, focus, depth + 1);
                // (not a guess: the article's country, or where it happened)
                if (body.Code is not { Length: >= 3 } bodyCode || body.Name is { } guessed
                    && (guessed.EndsWith(GuessSuffix, StringComparison.Ordinal) || guessed.EndsWith(LocationGuessSuffix, StringComparison.Ordinal)
                        || guessed.EndsWith(ContextGuessSuffix, StringComparison.Ordinal))) continue;
                return bodyCode.Length == 3 && Places.Country(bodyCode) is { } bodyCountry
                    ? new ActorRef(text, bodyCode + role, $"{bodyCountry.Name} {RoleName(role)}")
                    : new ActorRef(text, bodyCode, body.Name);
            }
        // "coalition military forces", "foreign troops", "international peacekeepers": many countries' forces, or
        // someone else's, are not the country where they fight or the article's
        if (role is "MIL" && Enumerable.Range(start, end - start).Any(i => Lemma(doc, i) is "coalition" or "multinational" or "foreign"
                or "international" or "allied" or "western" or "peacekeeping" or "peacekeeper"))
            return new ActorRef(text, role, RoleName(role));
        if (role is not null)
        {
            var c = where ?? (focus.Count > 0 ? focus[0] : null);
            return new ActorRef(text, c is null ? role : c + role, c is null ? RoleName(role) : $"{Places.Country(c)?.Name ?? c} {RoleName(role)}");
        }
        // an unknown organisation named in an article about one country: that country, as a guess that the name
        // says ("Civil Human Rights Front" in a Hong Kong story → "Hong Kong (article's country)"). Not for
        // people: interviews and analyses name too many foreigners (Gorbachev in an American interview).
        // (not a treaty or a law the recogniser read as an organisation: "the Indus Waters Treaty" acts for no one)
        if (depth == 0 && focus.Dominant is { } guess && Enumerable.Range(start, end - start).Any(i => doc.Tokens[i].Upos == "PROPN"
                && doc.EntitiesAt(i).Any(e => e.Type is EntityType.ORG))
            && Lemma(doc, head) is not ("treaty" or "agreement" or "accord" or "accords" or "pact" or "convention" or "protocol" or "charter" or "act" or "declaration"))
            return new ActorRef(text, guess, $"{Places.Country(guess)?.Name ?? guess}{GuessSuffix}");
        // "A member of the Syrian parliament, Mohammed Mamoun, started …": a name the dictionary lacks is what its
        // apposition says it is
        if (depth == 0)
        {
            // (a parser trained on web text may call a description set off by commas a list item: "Sidhoum, Algeria's activist,")
            int apposed = doc.Tokens[head].Deprel == "appos" ? doc.Tokens[head].Head
                : Children(doc, s, head).FirstOrDefault(k => doc.Tokens[k].Deprel == "appos"
                    || doc.Tokens[k].Deprel == "list" && doc.Tokens[k].Upos == "NOUN" && Phrase(doc, s, k).Start - 1 == end && doc.Form(end) == ",", -1);
            // (the parser may hang the description beside the name: "A member of the parliament, | Mamoun, started")
            if (apposed < 0 && start - 1 > s.FirstToken && doc.Form(start - 1) == "," && doc.Tokens[head].Head is var gov && gov >= 0)
                apposed = Children(doc, s, gov).FirstOrDefault(k => k < head && doc.Tokens[k].Upos == "NOUN" && Phrase(doc, s, k).End == start - 1, -1);
            if (apposed >= 0 && ResolveActor(doc, s, apposed, date, focus, depth + 1) is { Code: not null } described)
                return new ActorRef(text, described.Code, described.Name);
        }
        return new ActorRef(text, null, null);
    }

    /// <summary>The last organisation named before a token, in its sentence or the three before, that the dictionary
    /// knows as a group (not a country or a person); null when there is none.</summary>
    ActorRef? LastGroupBefore(Doc doc, int token, DateOnly? date)
    {
        int si = SentenceIndex(doc, token);
        int from = doc.Sentences[Math.Max(0, si - 3)].FirstToken;
        var before = doc.EntitiesOverlapping(from, token);
        for (int i = before.Count - 1; i >= 0; i--)
        {
            var e = before[i];
            if (e.EndToken > token || e.FirstToken < from || e.Type != EntityType.ORG) continue;
            if (Actors.Find(ActorDictionary.Normalise(doc.SpanText(e.Start, e.End))) is { Kind: not ("country" or "person") } entry && entry.CodeAt(date) is { } code)
                return new ActorRef(doc.SpanText(e.Start, e.End), code, entry.Name);
        }
        return null;
    }

    const string GuessSuffix = " (article's country)";

    const string LocationGuessSuffix = " (where it happened)";
    const string ContextGuessSuffix = " (the attacker the sentences before name)";
    /// <summary>The source's own country standing in for a target the text names but no dictionary knows.</summary>
    const string DomesticSuffix = " (domestic)";

    static bool Domestic(ActorRef? r) => r?.Name?.EndsWith(DomesticSuffix, StringComparison.Ordinal) == true;

    /// <summary>The source of the last violence coded in this sentence or the two before, aimed at <paramref name="country"/> by
    /// someone of another country and named there, as a guess; null when there is none.</summary>
    static ActorRef? PreviousAttacker(Doc doc, Sentence s, string country, List<CodedEvent> events)
    {
        foreach (var e in RecentEvents(doc, s, 2, events))
        {
            if (e.Root is not ("18" or "19" or "20") || e.Source.Code is not { Length: >= 3 } by || Guessed(e.Source)
                || e.Target?.Code is not { Length: >= 3 } at || at[..3] != country || by[..3] == country) continue;
            return new ActorRef("", by, (e.Source.Name ?? by) + ContextGuessSuffix);
        }
        return null;
    }

    /// <summary>The events already coded in this sentence and the <paramref name="sentencesBack"/> before it, latest first.</summary>
    static IEnumerable<CodedEvent> RecentEvents(Doc doc, Sentence s, int sentencesBack, List<CodedEvent> events)
    {
        int from = doc.Sentences[Math.Max(0, SentenceIndex(doc, s.FirstToken) - sentencesBack)].Start;
        for (int i = events.Count - 1; i >= 0 && events[i].Start >= from; i--)
            if (events[i].Start <= s.Start) yield return events[i];
    }

    static bool Guessed(ActorRef a) => a.Name?.EndsWith(GuessSuffix, StringComparison.Ordinal) == true || a.Name?.EndsWith(LocationGuessSuffix, StringComparison.Ordinal) == true
        || a.Name?.EndsWith(ContextGuessSuffix, StringComparison.Ordinal) == true;

    /// <summary>A role code in words; a compound role word by word ("GOVMED" → "government media").</summary>
    static string RoleName(string role) => role.Length > 3 && role.Length % 3 == 0
        ? string.Join(' ', Enumerable.Range(0, role.Length / 3).Select(i => RolePart(role.Substring(3 * i, 3))))
        : RolePart(role);

    static string RolePart(string role) => role switch
    {
        "GOV" => "government", "MIL" => "military", "COP" => "police", "SPY" => "intelligence", "REB" => "rebels", "INS" => "insurgents",
        "OPP" => "opposition", "CVL" => "civilians", "JUD" => "judiciary", "LEG" => "legislature", "MED" => "media", "BUS" => "business",
        "ELI" => "elites", "REF" => "refugees", "UAF" => "armed group", "IGO" => "international organisation", "NGO" => "NGO",
        "PPL" => "people", "CRM" => "criminals", "HLH" => "health", "EDU" => "education", "AGR" => "agriculture", "LAB" => "labour",
        "REL" => "religious", "MUS" => "Muslim", "CHR" => "Christian", "HIN" => "Hindu", "BUD" => "Buddhist", "JEW" => "Jewish",
        "CTH" => "Catholic", "PRO" => "Protestant", "RAD" => "radical", "HRI" => "human rights", "ENV" => "environmental",
        "DEV" => "development", "PTY" => "party", "OCC" => "occupied", "UNR" => "unrecognised", "IMG" => "armed group",
        _ => role.ToLowerInvariant(),
    };

    void Emit(Article article, Doc doc, Sentence s, int trigger, List<int> sources, List<int> targets, string code, string rule, double baseConfidence,
        DateOnly? date, ArticleFocus focus, List<CodedEvent> events, HashSet<string> seen, bool intent = false, bool bareDefault = false)
    {
        var cameo = Ontology.Resolve(code);
        if (cameo is null) return;
        var named = sources.Where(x => x != UnstatedSource).ToList();
        var modality = ModalityOf(doc, s, trigger, named, targets, date, focus, intent);
        var (eventDate, dateSource) = DateOf(doc, s, trigger, date);
        var location = LocationOf(doc, s, trigger, named, targets, focus, cameo.Root is "18" or "19" or "20");
        int? deaths = Fatalities(doc, s, cameo, trigger, targets, named);
        // (a killing of a few civilians is violence, not the mass killing PETRARCH-2's "kill civilian" pattern says: "killing a
        // civilian", "killed two children")
        if (cameo.Code == "202" && deaths is < 5 && Lemma(doc, trigger) is not ("massacre" or "slaughter" or "butcher") && Ontology.Get("180") is { } violence)
        {
            cameo = violence;
            rule += " (few dead)";
        }
        var sentence = doc.SpanText(s.Start, s.End);
        // how far the trigger sits below the sentence's main clause; reported content counts as the main clause
        // ("Reuters said the army attacked"), a participle or purpose clause does not ("declared a siege, suspending …")
        // and a to-infinitive of purpose sits below what it is the purpose of ("began a hunger strike to demand reforms":
        // the strike is the main event, whether the parse hangs the infinitive on the strike or on "began")
        int depth = 0;
        for (int c = trigger, h = doc.Tokens[trigger].Head, guard = 0; h >= 0 && guard < 50; c = h, h = doc.Tokens[h].Head, guard++)
            if (!(SpeechVerbs.Contains(Lemma(doc, h)) && doc.Tokens[c].Deprel is "ccomp" or "parataxis" or "obj" or "nsubj" or "xcomp"))
                depth += doc.Tokens[c].Deprel == "advcl" && HasMark(doc, s, c, "to") ? 2 : 1;
        // what is fired or done is no party: "exchanged artillery fire", "condemned the attack"
        var objects = targets;
        // (and drones launched or flown are what is fired: "launched 470 drones and 48 missiles at Ukraine" is aimed at Ukraine)
        bool launching = Lemma(doc, trigger) is "launch" or "fire" or "fly";
        // (nor is a partner "along with" or "together with" whom it is done: "Egypt and Qatar, which mediated the truce along
        // with the United States")
        targets = targets.Where(t => !IsMunition(doc, s, t) && !IsEventNoun(doc, s, t) && !(launching && AircraftNouns.Contains(Lemma(doc, t)))
            && !Children(doc, s, t).Any(c => Lemma(doc, c) == "with" && c > s.FirstToken && Lemma(doc, c - 1) is "along" or "together")).ToList();
        // a relative pronoun as target stands for its noun ("the times that A and I disagreed" has none)
        targets = targets.Select(t => doc.Tokens[t].Upos == "PRON" && Lemma(doc, t) is "that" or "which" or "who" or "whom" ? Antecedent(doc, s, t, trigger) : t)
            .Where(t => !(doc.Tokens[t].Upos == "PRON" && Lemma(doc, t) is "that" or "which" or "who" or "whom")).ToList();
        // violence by no one named ("a roadside bomb killed a U.S. soldier near Samarra") is, as a visible guess, by someone
        // of the country where it happens, the way CAMEO coders code it; so is an arrest ("a missionary was arrested in
        // Lebanon"), which only the state where it happens makes
        var unstated = (cameo.Root is "18" or "19" or "20" || cameo.Code is "173" or "1125") && location is not null && Places.Country(location.Country) is { } scene
            ? new ActorRef("", location.Country, scene.Name + LocationGuessSuffix) : new ActorRef("", null, null);
        // ("Zhukovskyy was arrested Monday at his home", "Chirac was convicted of corruption", "was sentenced in U.S. Federal
        // Court", "Montalvo was charged with taking hard drives"): an arrest with no one named is the police's, a conviction,
        // a sentence or a charge the courts', of the country where it happens or, failing a place, of the country the article
        // is clearly about; a visible guess
        if (sources.Contains(UnstatedSource) && (cameo.Code is "173" || cameo.Code is "116" or "172" || cameo.Code.StartsWith("112", StringComparison.Ordinal)
                && Lemma(doc, trigger) is "charge" or "indict")
            && Lemma(doc, trigger) is "arrest" or "detain" or "jail" or "imprison" or "convict" or "sentence" or "charge" or "indict"
            && (location?.Country ?? focus.Dominant) is { } authorityCountry && Places.Country(authorityCountry) is { } court)
        {
            var authority = cameo.Code == "173" ? "COP" : "JUD";
            unstated = new ActorRef("", authorityCountry + authority, $"{court.Name} {RoleName(authority)}{LocationGuessSuffix}");
        }
        // ("Russia launched 470 drones and 48 missiles at Ukraine. At least six people were killed in Lviv": violence by no one
        // named, where the two sentences before say someone from elsewhere attacked, is theirs, as a visible guess)
        if (cameo.Root is "18" or "19" or "20" && sources.Contains(UnstatedSource) && location is not null
            && PreviousAttacker(doc, s, location.Country, events) is { } previousAttacker)
            unstated = previousAttacker;
        // (protesters with no country word are of the place they protest in: "people blocked streets in Hong Kong")
        // (and agents that a reporter with a country speaks of are its own: "the ISPR said security forces had killed 14
        // militants", in a story datelined Kabul)
        // (and police and security forces that use force or coerce with no country word act where they do it: "Two terrorists
        // were killed in an encounter with security forces in Shopian district, police said" are India's forces, reported by
        // India's police, in a story whose headline names Afghanistan; not aircraft, which strike across borders)
        var sceneCountry = cameo.Root is "17" or "18" or "19" or "20" && location is not null && Places.Country(location.Country) is not null ? location.Country : null;
        var attribution = Attribution(doc, s, trigger);
        var reporterCountry = ReporterCountry(doc, s, attribution, date, focus, sceneCountry);
        var sourcesCountry = cameo.Root == "14" ? location?.Country : reporterCountry;
        var sourceRefs = sources.Select(src => src == UnstatedSource ? unstated
            : ResolveActor(doc, s, src, date, focus, where: sourcesCountry ?? (IsAircraft(doc, s, src) ? null : sceneCountry))).ToList(); // resolved once, used below
        // victims of violence and coercion without a country word belong where it happens
        var victimsCountry = cameo.Root is "17" or "18" or "19" or "20" ? location?.Country : null;
        // (where that is not said, those a government coerces are its own: "The Taliban banned women from studying")
        var actor = sources.Zip(sourceRefs).FirstOrDefault(p => p.First != UnstatedSource).Second?.Code; // of the first named source
        // (but those a country expels are foreigners: of another country the sentence names, if any)
        if (victimsCountry is null && cameo.Code == "174" && actor is { Length: >= 3 } expeller && Places.Country(expeller[..3]) is not null)
            victimsCountry = SentenceFocus(doc, s, new ArticleFocus()).FirstOrDefault(c => c != expeller[..3]) ?? "";
        if (victimsCountry is null && cameo.Root == "17" && actor is { Length: >= 3 } coercer && Places.Country(coercer[..3]) is not null)
            victimsCountry = coercer[..3];
        if (victimsCountry == "") victimsCountry = null;
        // (and those a country's forces strike belong to another country the sentence names: "Pakistan said … 26 civilians
        // had been killed in the Indian strikes" are Pakistani in a story about India first; police and protesters stay home)
        if (victimsCountry is null && cameo.Root is "18" or "19" or "20" && actor is { Length: 3 or 6 } attacker && (attacker.Length == 3 || attacker.AsSpan(3) is "MIL")
            && Places.Country(attacker[..3]) is not null)
            victimsCountry = SentenceFocus(doc, s, new ArticleFocus()).FirstOrDefault(c => c != attacker[..3]);
        // (and those whose killers are not named belong to the country that reports their deaths, where the sentence names
        // no other: "Pakistan said 31 civilians were killed", in a story that names India more often)
        if (victimsCountry is null && cameo.Root is "18" or "19" or "20" && actor is null)
        {
            foreach (var k in attribution.Order())
                if (Actors.Find(ActorDictionary.Normalise(doc.Form(k))) is { Kind: "country" } entry && entry.CodeAt(date) is { Length: >= 3 } reporter
                    && Places.Country(reporter[..3]) is not null)
                {
                    if (!NamesOtherCountry(doc, s, reporter[..3], date)) victimsCountry = reporter[..3];
                    break;
                }
            // (the "martyred" are the reporter's own, whatever other country the sentence names, as South Asian official
            // statements use the word: "the ISPR said the terrorists were trying to infiltrate from Afghanistan, and that five
            // soldiers were martyred")
            if (victimsCountry is null && Lemma(doc, trigger) == "martyr") victimsCountry = reporterCountry;
        }
        // ("killing at least 12 civilians on the Indian side": the side of a border or a line of control says whose they are)
        if (cameo.Root is "18" or "19" or "20" && VictimsSide(doc, s, trigger, targets, date) is { } side) victimsCountry = side;
        var targetRefs = targets.Count == 0 ? [null] : targets.Select(t => (ActorRef?)ResolveActor(doc, s, t, date, focus, where: victimsCountry)).ToList();
        // "The Taliban administration condemned the deportations", "also condemned the bombing": disapproving of a deed is
        // aimed at whoever did it, as the deed's own words or an event coded before it in this or the three sentences
        // before say
        if (cameo.Root is "11" or "12" && Lemma(doc, trigger) is "condemn" or "denounce" or "criticize" or "criticise" or "deplore" or "decry" or "slam"
                or "censure" or "rebuke" or "reject" or "protest" or "blame"
            && targetRefs.All(r => r?.Code is null) && DeedMaker(doc, s, objects, date, focus, events) is { } maker
            && maker.Code != sourceRefs.FirstOrDefault()?.Code)
            targetRefs = [maker];
        // (the guess is no guess when the victims are that country's own forces: "a roadside bomb killed two soldiers in
        // Waziristan" was not Pakistan attacking its army; the attacker stays unknown)
        if (unstated.Code is { Length: 3 } guessed
            && targetRefs.Any(r => r?.Code is { Length: 6 } v && v.StartsWith(guessed, StringComparison.Ordinal) && v.AsSpan(3) is "MIL" or "COP" or "GOV"))
        {
            unstated = new ActorRef("", null, null);
            for (int i = 0; i < sources.Count; i++)
                if (sources[i] == UnstatedSource) sourceRefs[i] = unstated;
        }
        // "Indian and Pakistani troops": each nationality of coordinated adjectives makes an actor of its own
        // (one pass over the sentence: an adjective conjoined to an adjective that modifies a source)
        bool coordinatedNationalities = false;
        for (int other = s.FirstToken, count = sources.Count; other < s.EndToken; other++)
        {
            if (doc.Tokens[other].Deprel != "conj" || doc.Tokens[other].Upos != "ADJ" || doc.Tokens[other].Head is not (>= 0 and var adjective)
                || doc.Tokens[adjective].Deprel != "amod") continue;
            int i = sources.IndexOf(doc.Tokens[adjective].Head);
            if (i < 0 || i >= count || sourceRefs[i].Code is not { Length: >= 3 } first) continue;
            if (Actors.Find(ActorDictionary.Normalise(doc.Form(other))) is not { Kind: "country" } entry || entry.CodeAt(date) is not { Length: 3 } country
                || country == first[..3] || Places.Country(country) is not { } place) continue;
            var role = first[3..];
            if (!coordinatedNationalities) sources = [.. sources]; // the caller's list stays as it was
            sources.Add(other);
            sourceRefs.Add(new ActorRef($"{doc.Form(other)} {doc.Form(sources[i])}", country + role, role.Length == 0 ? place.Name : $"{place.Name} {RoleName(role)}"));
            coordinatedNationalities = true;
        }
        // an object that is no actor ("shortened the curfew", "delivered aid to Bosnia"), or the source's own forces
        // ("withdrew its troops from Lebanon"), leaves the country where it happens as the target
        var sourceCountry = sourceRefs.Count > 0 ? sourceRefs[0].Code : null;
        bool ownSide(ActorRef? r) => r?.Code is { Length: >= 3 } c && sourceCountry is { Length: >= 3 } sc && c[..3] == sc[..3];
        bool actorTarget = targets.Any(t => ActorLike(doc, s, t)) || targetRefs.Any(r => r?.Code is not null);
        // "Pakistan and Afghanistan held talks", "A and B signed an agreement": cooperation between coordinated
        // subjects with no other party named is between them, each the other's target
        // (not a mediation: "Qatar and Turkey mediated …" go between others, not between each other)
        // ("Taliban fighters and Pakistani troops exchanged fire", "… clashed": fighting with no one else named is mutual)
        bool mutualFight = cameo.Root == "19" && Lemma(doc, trigger) is "clash" or "exchange" or "trade" or "fight" or "skirmish" or "battle";
        bool coordinated = coordinatedNationalities || named.Any(a => named.Any(b => doc.Tokens[b].Deprel == "conj" && doc.Tokens[b].Head == a));
        // (and so is a disengagement two sides complete: "India and China completed disengagement at Depsang")
        bool reciprocal = (cameo.Root is "04" && cameo.Code != "045" || cameo.Code is "057" or "062" or "061" or "063" or "064" or "087" || mutualFight) && !actorTarget
            && coordinated;
        // (an agreement or a truce that coordinated parties reach has no target, as the GSR codes it, and is none with the
        // place: "Pakistan and Afghanistan agreed to an immediate ceasefire after talks in Doha" is no agreement with Qatar)
        bool agreedTogether = (cameo.Root == "03" || cameo.Code == "0871") && coordinated && !actorTarget;
        // consultation needs a counterpart among its arguments: "they debated a bill", "people have learned",
        // "vehicles that had departed the headquarters" are no meetings
        // (a visit's counterpart is the place visited: "arrived in Amman on a visit")
        if (cameo.Root == "04" && !reciprocal && !actorTarget && !(cameo.Code is "042" or "043" or "045" && location is not null)) return;
        // (a protest against one's own side is domestic: "ethnic Turks in Sweden protest against Sweden's decision")
        // (a bare role, "peacekeeping forces" as MIL, names no country either)
        bool countryless(ActorRef? r) => r?.Code is null || r.Code.Length == 3 && Places.Country(r.Code) is null && r.Code is not ("IGO" or "NGO" or "IMG" or "MNC");
        // (the source's own insurgents, rebels or opposition are no own forces: "Pakistani jets bombed TTP hideouts in Khost"
        // is aimed at the TTP, wherever the hideouts are)
        bool adversary(ActorRef? r) => r?.Code is { Length: >= 6 } c && c.AsSpan(3, 3) is "INS" or "REB" or "SEP" or "OPP" or "UAF" or "CRM" or "RAD";
        if (!reciprocal && !agreedTogether && location is not null && targetRefs.All(r => countryless(r) || ownSide(r) && !adversary(r) && cameo.Root != "14"))
        {
            var country = Places.Country(location.Country);
            if (country is not null && (sourceCountry is null || !sourceCountry.StartsWith(location.Country, StringComparison.Ordinal)))
                targetRefs = [new ActorRef(location.Name, location.Country, country.Name)];
        }
        // "Sudan's government lifted the state of emergency", "Croatia investigated alleged war crimes": an act on
        // something that is no actor, in a sentence naming no other country, is the country's own affair, and CAMEO
        // coders give it the source's country as target (self-dyads are left out of dyads and networks)
        // (a protest with no stated target, "thousands demonstrated in Kirkuk", is against the country's own rulers)
        // (nor is a threat or coercion with no stated target: "threatened to institute a curfew in Algiers", nor a refusal:
        // "the vice-president has declined to resign")
        // (but a retaliation answers someone else: "vowed to retaliate" is aimed at no one named, never at home)
        bool untargeted = cameo.Root is "14" or "13" or "17" or "12" && targets.Count == 0 && Lemma(doc, trigger) is not ("retaliate" or "avenge" or "respond" or "reciprocate");
        // (what a country eases or lifts, "the state of emergency", is its own too)
        if (cameo.Root == "08" && targets.Count == 0) targets = objects;
        // ("urged both sides to maintain restraint": the parties to someone else's conflict are not home)
        if (!reciprocal && (targets.Count > 0 && doc.Tokens[targets[0]].Upos != "PRON" && Lemma(doc, targets[0]) is not ("side" or "sides" or "party" or "parties") || untargeted)
            && targetRefs.All(r => r?.Code is null) && cameo.Root is not ("01" or "04" or "16")
            && sourceCountry is { Length: >= 3 } && Places.Country(sourceCountry[..3]) is { } home
            && (location is null || location.Country == sourceCountry[..3]) && !NamesOtherCountry(doc, s, sourceCountry[..3], date, attribution))
        {
            string text = location?.Name ?? home.Name;
            if (!untargeted) { var (os, oe) = Phrase(doc, s, targets[0]); text = doc.SpanText(doc.Tokens[os].Start, doc.Tokens[oe - 1].End); }
            targetRefs = [new ActorRef(text, sourceCountry[..3], home.Name + DomesticSuffix)];
        }
        // CAMEO 19 is force between armed parties. Bombers and explosive devices are 183 (non-military bombing);
        // police violence against civilians is 175 (repression); other violence against civilians, prisoners or
        // their places is 18 (unconventional violence)
        // (killing civilians from the air is aerial weapons, as the codebook's "aircraft killed 46 civilians" is: "Pakistani
        // airstrikes killed at least 10 civilians")
        if (cameo.Code == "202" && named.Any(src => IsAircraft(doc, s, src)) && Ontology.Get("195") is { } aerial)
        {
            cameo = aerial;
            rule += " (from the air)";
        }
        if (cameo.Root == "19")
        {
            // (also "two people were killed in a suicide bombing": the means, when no one is named)
            bool bombing = named.Any(src => BombingSource(doc, s, src))
                // (or hung on the conjoined passive: "two people were killed and eight were injured | in a suicide bombing")
                || named.Count == 0 && WithConjunctsKids(doc, s, Children(doc, s, trigger)).Any(k => doc.Tokens[k].Deprel is "obl" && BombingSource(doc, s, k))
                // (or the subject, when it names only where it was: "a Kabul car bombing killed five")
                || named.Count == 0 && Children(doc, s, trigger).Any(k => doc.Tokens[k].Deprel is "nsubj" && BombingSource(doc, s, k));
            bool civilians = targets.Any(t => CivilianTarget(doc, s, t));
            bool police = sourceRefs.Any(r => r.Code is { } c && c.EndsWith("COP", StringComparison.Ordinal));
            // (for the police, anyone unarmed counts: "police opened fire on demonstrators, killing one person")
            bool unarmed = civilians || targets.Any(t => Lemma(doc, t) is "person" or "people" or "man" or "men" or "woman" or "boy" or "girl" or "youth" or "resident");
            // (force from the air stays aerial weapons, whoever it hits: "aircraft killed 46 civilians" is 195)
            bool fromTheAir = named.Any(src => IsAircraft(doc, s, src));
            // (taking a place is occupying it, whoever lives there: "retook a strategic village" stays 192)
            var remap = bombing ? "183" : unarmed && police ? "175" : civilians && !fromTheAir && cameo.Code != "192" ? "180"
                // ("a US drone strike killed a commander": plain force from the air is aerial weapons)
                : fromTheAir && cameo.Code == "190" ? "195" : null;
            if (remap is not null && Ontology.Get(remap) is { } better)
            {
                cameo = better;
                rule += bombing ? " (bombing)" : remap == "175" ? " (repression)" : remap == "195" ? " (from the air)" : " (civilian target)";
            }
        }
        // the dead are counted once: each target with a count of its own in its phrase has it ("150 security forces, 95
        // civilians, and hundreds of Taliban killed"), and the sentence's count goes to the first event only ("dozens of
        // soldiers and militants were killed" had given each side the dozens)
        bool deathsGiven = false;
        int? DeathsFor(ActorRef? target)
        {
            if (deaths is null) return null;
            if (target is not null && target.Text.Length > 0 && doc.Text.AsSpan(s.Start, s.End - s.Start).IndexOf(target.Text, StringComparison.Ordinal) is var at && at >= 0)
            {
                int from = s.Start + at, to = from + target.Text.Length;
                foreach (var q in doc.QuantitiesOverlapping(s.Start, s.End))
                    if (q.Start >= from && q.End <= to && q.Noun is not null
                        && (PeopleNoun(q.Noun) || q.Noun.EndsWith("force", StringComparison.OrdinalIgnoreCase) || q.Noun.EndsWith("forces", StringComparison.OrdinalIgnoreCase) || q.Noun.EndsWith("personnel", StringComparison.OrdinalIgnoreCase)))
                        return (int)Math.Min(q.Value, int.MaxValue);
            }
            if (deathsGiven) return null;
            deathsGiven = true;
            return deaths;
        }
        for (int si = 0; si < sources.Count; si++)
        {
            int src = sources[si];
            // "Twin bombings yesterday struck …": a time word is never an actor
            if (src != UnstatedSource && (Lemma(doc, src) is "yesterday" or "today" or "tomorrow" or "tonight" || doc.EntitiesAt(src).Any(e => e.Type == EntityType.DATE))) continue;
            var source = sourceRefs[si];
            var eventRule = rule;
            // "the second blast affected …", "wooden pews broken", "2.8 million voted": a source that resolves to no
            // actor and is neither a name nor a person or organisation word is no actor. Violence against a stated
            // target is still coded, with the source unstated; any other event is dropped.
            // (nor are munitions, though "artillery" names the army: "artillery rounds aimed at a loudspeaker")
            // (nor is weather: "Phailin's winds will push inland")
            // (nor are documents and images, whoever they show: "photographs of U.S. service members have circulated")
            if (src != UnstatedSource && (source.Code is null && !ActorLike(doc, s, src) || IsMunition(doc, s, src) || IsMishap(doc, s, src)
                || doc.Tokens[src].Upos == "NOUN" && DocumentNouns.Contains(Lemma(doc, src)) && Lemma(doc, src) is not ("report" or "statement")))
            {
                // (the target must be someone: "it has hurt the ability of young magicians" codes nothing)
                if (cameo.Root is "11" or "17" or "18" or "19" or "20" && (targets.Any(t => ActorLike(doc, s, t)) || targetRefs.Any(r => r?.Code is not null)))
                {
                    // "The TTP claimed responsibility for a suicide bombing that killed …": whoever claims the attack made it
                    if (src != UnstatedSource && Claimant(doc, s, src) is var claimant && claimant >= 0
                        && ResolveActor(doc, s, Antecedent(doc, s, claimant, trigger), date, focus) is { Code: not null } claimed)
                    {
                        source = claimed;
                        eventRule += $" (claimed by {claimed.Text})";
                    }
                    else
                    {
                        source = unstated;
                        eventRule += " (no stated source)";
                    }
                }
                else continue;
            }
            var targetsOfSource = reciprocal ? sourceRefs.Where((_, i) => i != si).Select(r => (ActorRef?)r).ToList() : targetRefs;
            foreach (var target in targetsOfSource)
            {
                if (target is not null && target.Code is not null && target.Code == source.Code && target.Text == source.Text
                    && !Domestic(target)) continue;
                // "Chinese troops and Indian soldiers clashed …, killing 20 Indian soldiers and four Chinese troops": when
                // the sides of a fight are both sources, each side's dead were killed by the other, not by its own side
                // (sides named with their role: a country guessed from the place is no side, "American and Iraqi troops raided a
                // village near Mosul" stays a raid in Iraq by both)
                // (and the dead are fighters: "… raided a village near Mosul" has Iraqi villagers, whoever raided it)
                if (!reciprocal && cameo.Root is "18" or "19" or "20" && target?.Code is { Length: >= 6 } tc && source.Code is { Length: >= 6 } sc
                    && tc.AsSpan(3, 3) is "MIL" or "COP" or "REB" or "INS" or "UAF" or "SEP"
                    && sc[..3] == tc[..3] && sourceRefs.Any(r => r.Code is { Length: >= 3 } oc && oc[..3] != tc[..3])) continue;
                // PETRARCH-2's bare defaults for giving, paying, sharing or protecting code any transfer or task ("she gave me a
                // shirt", "provided lyrics to songs", "paid the rent", "defended his record"); material cooperation and aid (CAMEO
                // 06, 07) are between political actors, so a bare default counts only between two that the text names
                // (its patterns still count alone: "provided assistance", "sent humanitarian aid")
                // (so is offering a thing, no pattern word after it: "Rakuten offers the latest Apple AirPods", "the only business
                // offering food and accommodations"; offering to do something is coded by what is offered)
                if (bareDefault && cameo.Root is "06" or "07" && (source.Code is null || Guessed(source) || target?.Code is null || Guessed(target)
                    || target.Code == source.Code || Domestic(target))) continue;
                // (offering a thing, no pattern word after it, is a political intent only from a party the text names, and
                // not from a business: "Rakuten offers the latest Apple AirPods", "the only business offering food";
                // "A Russian official offered concessions" stays)
                if (bareDefault && cameo.Root == "03" && Lemma(doc, trigger) == "offer"
                    && (source.Code is null || Guessed(source) || source.Code.EndsWith("BUS", StringComparison.Ordinal) || source.Code.StartsWith("MNC", StringComparison.Ordinal))) continue;
                // a guessed country counts as no code for confidence
                double confidence = baseConfidence * (source.Code is null || Guessed(source) ? 0.7 : 1)
                    * (target is null ? 0.85 : target.Code is null || Guessed(target) ? 0.9 : 1);
                var id = Id(article.Id, doc.Tokens[trigger].Start, cameo.Code, source.Text, target?.Text);
                if (!seen.Add(id)) continue;
                events.Add(new CodedEvent
                {
                    Id = id,
                    Date = eventDate,
                    DateSource = dateSource,
                    Source = source,
                    Target = target,
                    Cameo = cameo.Code,
                    QuadClass = cameo.QuadClass,
                    Goldstein = cameo.Goldstein,
                    Plover = cameo.Plover,
                    Modality = modality,
                    Location = location,
                    Fatalities = DeathsFor(target),
                    Sentence = sentence,
                    Start = s.Start,
                    End = s.End,
                    Rule = eventRule,
                    Confidence = Math.Round(confidence, 2),
                    TriggerStart = doc.Tokens[trigger].Start,
                    TriggerEnd = doc.Tokens[trigger].End,
                    Depth = depth,
                });
            }
        }
    }

    [GeneratedRegex(@"^\s*(?:(?:were|have been|had been|are|was)\s+(?:killed|slain|shot dead|murdered|executed)|(?:died|dead|killed)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex KilledAfter();

    /// <summary>Words for people and organisations that may act even when no dictionary resolves them.</summary>
    static readonly FrozenSet<string> ActorWords = new[] { "group", "leader", "party", "organisation", "organization", "union", "committee",
        "association", "movement", "alliance", "coalition", "council", "delegation", "side", "man", "woman", "person", "member", "team",
        "agency", "body", "force", "faction", "camp", "bloc", "network", "cell", "militia", "organizer", "organiser", "official", "source",
        "spokesman", "spokeswoman", "spokesperson", "representative", "envoy", "mediator", "negotiator", "chief", "head", "commander",
        "administration", "regime", "state", "country", "nation", "community", "company", "firm", "bank", "board", "court", "ministry",
        "department", "office", "institute", "foundation", "fund", "watchdog", "monitor", "observer", "lawyer", "family",
        "supporter", "opponent", "critic", "resident", "witness", "villager", "activist", "student", "worker", "farmer", "voter", "citizen",
        "settler", "attacker", "assailant", "gunman", "bomber", "kidnapper", "captor", "hacker", "demonstrator", "protester", "crowd", "mob",
        "forum", "assembly", "parliament", "elder", "congress", "senate", "cabinet", "government", "prisoner", "inmate", "detainee", "youth",
        "refugee", "migrant", "pilgrim", "victim", "survivor", "guerrilla", "rebel", "insurgent", "militant", "fighter", "soldier", "troop",
        "inhabitant", "people", "population", "tribe", "clan", "tribesman", "tribesmen", "businessman", "businessmen", "trader", "teacher",
        "doctor", "nurse", "employee", "staff", "union", "minority", "majority", "opposition", "authority", "authorities" }.ToFrozenSet();

    static bool ActorLike(Doc doc, Sentence s, int head)
    {
        if (IsTime(doc, head)) return false;
        // first and second persons (an interview's "I" and "you"), and relative pronouns left without their noun
        // (reflexives too: "hold itself accountable" holds no one)
        // (an "it" left unresolved stands for a thing more often than for a country or a group)
        if (doc.Tokens[head].Upos == "PRON") return doc.Form(head).ToLowerInvariant() is not ("i" or "me" or "my" or "you" or "your" or "which" or "that" or "who" or "whom" or "it" or "its" or "this"
            or "itself" or "themselves" or "himself" or "herself" or "ourselves" or "myself" or "yourself");
        var (start, end) = ActorSpan(doc, s, head);
        for (int i = start; i < end; i++)
        {
            if (doc.Tokens[i].Upos == "PROPN") return true;
            var l = Lemma(doc, i);
            if (i == head && (ActorWords.Contains(l) || l.EndsWith('s') && ActorWords.Contains(l[..^1]))) return true;
        }
        return doc.EntitiesOverlapping(start, end).Any(e => e.FirstToken < end && start < e.EndToken && e.Type is EntityType.PERSON or EntityType.ORG or EntityType.GPE or EntityType.NORP);
    }

    static readonly FrozenSet<string> CivilianWords = new[] { "civilian", "refugee", "detainee", "prisoner", "camp", "village", "villager", "market", "mosque", "church", "temple", "school", "hospital", "worshipper", "pilgrim", "student", "child", "woman", "passenger", "bus", "wedding", "home", "house", "protester", "demonstrator", "journalist", "worker", "tourist", "hostage",
        // people at their work, as South Asian news names the victims of targeted killings ("gunmen killed six labourers
        // from Punjab", "Chinese engineers", "polio vaccinators")
        "labourer", "laborer", "farmer", "teacher", "doctor", "nurse", "vaccinator", "shopkeeper", "trader", "driver", "engineer",
        "fisherman", "fishermen", "miner", "commuter", "resident", "family" }.ToFrozenSet();

    /// <summary>
    /// Who claims responsibility (or credit) for an attack named by <paramref name="noun"/> or by a noun it hangs on:
    /// the subject of "claimed responsibility for a suicide bombing"; -1 when no one does.
    /// </summary>
    static int Claimant(Doc doc, Sentence s, int noun)
    {
        for (int k = noun, depth = 0; depth < 3 && k >= 0; depth++, k = doc.Tokens[k].Head)
        {
            if (!HasCase(doc, s, k, "for")) continue;
            int head = doc.Tokens[k].Head;
            if (head < 0) return -1;
            bool onNoun = Lemma(doc, head) is "responsibility" or "credit";
            int verb = onNoun ? doc.Tokens[head].Head : head;
            if (verb < 0 || Lemma(doc, verb) is not ("claim" or "accept" or "admit" or "take")) return -1;
            if (!onNoun && !Children(doc, s, verb).Any(c => Lemma(doc, c) is "responsibility" or "credit")) return -1;
            return Children(doc, s, verb).FirstOrDefault(c => doc.Tokens[c].Deprel == "nsubj", -1);
        }
        return -1;
    }

    static bool BombingSource(Doc doc, Sentence s, int head)
    {
        var (start, end) = Phrase(doc, s, head);
        for (int i = start; i < end; i++)
            // (a "grenade launcher" is a weapon destroyed, no bomb)
            if (Lemma(doc, i) is "bomber" or "bombers" or "bombing" or "bomb" or "explosive" or "explosion" or "blast" or "device" or "ied" or "car" or "landmine" or "mine" or "grenade"
                && !(i + 1 < end && Lemma(doc, i + 1) is "launcher" or "launchers")) return true;
        return false;
    }

    bool CivilianTarget(Doc doc, Sentence s, int head)
    {
        var (start, end) = Phrase(doc, s, head);
        // ("camps of Lashkar-e-Taiba", "a TTP hideout": the places of an armed group are no civilians')
        foreach (var e in doc.EntitiesOverlapping(start, end))
            if (e.FirstToken >= start && e.EndToken <= end && e.Type is EntityType.ORG or EntityType.PERSON or EntityType.LOC
                && Actors.Find(ActorDictionary.Normalise(doc.SpanText(e.Start, e.End)))?.CodeAt(doc.ReferenceDate) is { Length: 6 } armed
                && armed.AsSpan(3) is "INS" or "REB" or "UAF" or "SEP" or "MIL")
                return false;
        // ("guerrilla camps", "militant hideouts": so are those named by the fighters' own word)
        for (int i = start; i < end; i++)
            if (Lemma(doc, i) is "guerrilla" or "guerilla" or "militant" or "rebel" or "insurgent" or "terrorist" or "jihadist" or "military" or "army") return false;
        for (int i = start; i < end; i++)
        {
            var l = Lemma(doc, i);
            if (CivilianWords.Contains(l) || l.EndsWith('s') && CivilianWords.Contains(l[..^1])) return true;
        }
        return false;
    }

    static string Id(string articleId, int offset, string code, string source, string? target)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{articleId}|{offset}|{code}|{source}|{target}"));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 8));
    }

    // (and those who hold someone for a deed: "arrested two men for providing logistical support to the attackers")
    static bool Accusing(string lemma) => lemma is "accuse" or "blame" or "charge" or "suspect" or "allege"
        or "arrest" or "detain" or "jail" or "convict" or "sentence" or "indict" or "prosecute" or "punish";

    static bool Preventing(string lemma) => lemma is "ban" or "bar" or "prevent" or "stop" or "block" or "prohibit" or "forbid" or "deter" or "keep";

    /// <summary>
    /// Whether <paramref name="clause"/> names the deed its head <paramref name="verb"/> lays on the verb's object: accused of
    /// or blamed for it, prevented from it, warned against it ("blamed the Taliban for attacking the convoy").
    /// </summary>
    static bool DeedOf(Doc doc, Sentence s, int clause, int verb) =>
        Accusing(Lemma(doc, verb)) && (HasMark(doc, s, clause, "for") || HasMark(doc, s, clause, "of"))
        || Preventing(Lemma(doc, verb)) && HasMark(doc, s, clause, "from") || Lemma(doc, verb) is "warn" or "caution" && HasMark(doc, s, clause, "against");

    /// <summary>Modality from the parse: negation, modal and intent verbs, denials, attributions.</summary>
    Modality ModalityOf(Doc doc, Sentence s, int trigger, List<int> sources, List<int> targets, DateOnly? date, ArticleFocus focus, bool intent = false)
    {
        // a question asserts nothing: "Has the internet helped or hurt magic?", "Do we want NATO to exist?"
        if (doc.Text.AsSpan(s.Start, s.End - s.Start).TrimEnd().TrimEnd("\"”’)").EndsWith("?")) return Modality.Hypothetical;
        var kids = Children(doc, s, trigger);
        if (!intent && kids.Any(k => Lemma(doc, k) is "not" or "never" or "n't" && doc.Tokens[k].Deprel is "advmod" or "neg" or "advmod:neg")) return Modality.Negated;
        if (kids.Any(k => doc.Tokens[k].Deprel is "det" && Lemma(doc, k) == "no")) return Modality.Negated;
        // "President Trump has yet to concede", "the Taliban are yet to release the prisoners": what is yet to be done is not done
        if (HasMark(doc, s, trigger, "to") && doc.Tokens[trigger].Head is >= 0 and var yetHead
            && (Lemma(doc, yetHead) == "yet" || Lemma(doc, yetHead) is "have" or "be" && Children(doc, s, yetHead).Any(c => Lemma(doc, c) == "yet")))
            return Modality.Negated;
        // "worked to arrange a meeting between Zelensky and Trump …, which was cancelled": an event noun that a relative clause
        // says was cancelled or postponed did not happen; one still being arranged or scheduled has not yet
        if (doc.Tokens[trigger].Upos == "NOUN")
        {
            if (Enumerable.Range(s.FirstToken, s.EndToken - s.FirstToken).Any(k => doc.Tokens[k].Deprel == "acl:relcl" && doc.Tokens[k].Head >= trigger
                    && doc.Tokens[k].Head < k && Phrase(doc, s, trigger).End > doc.Tokens[k].Head && Lemma(doc, k) is "cancel" or "postpone" or "scrap" or "abandon" or "shelve"
                    && Children(doc, s, k).Any(c => doc.Tokens[c].Deprel == "aux:pass")))
                return Modality.Negated;
            if (doc.Tokens[trigger].Deprel == "obj" && doc.Tokens[trigger].Head is >= 0 and var arranging
                && Lemma(doc, arranging) is "arrange" or "schedule" or "plan" or "propose" or "seek" or "request")
                return Modality.Hypothetical;
        }
        // "Without mentioning any symptoms, the government office said …": what is done without is not done
        if (kids.Any(k => doc.Tokens[k].Deprel is "mark" or "case" && Lemma(doc, k) == "without")) return Modality.Negated;
        // "they have conceded nothing", "nobody attacked"
        if (kids.Any(k => doc.Tokens[k].Deprel is "obj" or "nsubj" && Lemma(doc, k) is "nothing" or "nobody" or "none" or "no-one")) return Modality.Negated;
        // "No group has claimed responsibility", "police made no arrests"
        if (kids.Any(k => doc.Tokens[k].Deprel is "obj" or "nsubj" or "nsubj:pass" && Children(doc, s, k).Any(c => doc.Tokens[c].Deprel == "det" && Lemma(doc, c) == "no")))
            return Modality.Negated;
        if (!intent && kids.Any(k => doc.Tokens[k].Deprel is "aux" && Modals.Contains(Lemma(doc, k)))) return Modality.Hypothetical;
        if (kids.Any(k => doc.Tokens[k].Deprel is "mark" && Lemma(doc, k) is "if" or "unless")) return Modality.Hypothetical;
        if (kids.Any(k => HearsayAdverbs.Contains(Lemma(doc, k)))) return Modality.Reported;
        // ("the attack, reportedly conducted by the Taliban": who made it is hearsay)
        if (sources.Any(x => x >= 0 && doc.Tokens[x].Deprel == "obl:agent" && doc.Tokens[x].Head is >= 0 and var by && by != trigger
                && Children(doc, s, by).Any(k => HearsayAdverbs.Contains(Lemma(doc, k))))) return Modality.Reported;
        // (also on the verbs that perform or control it: "who allegedly were preparing to organize attacks")
        for (int c = trigger, hops = 0; hops < 3 && doc.Tokens[c].Deprel is "xcomp" or "obj" && doc.Tokens[c].Head is >= 0 and var up; c = up, hops++)
            if (Children(doc, s, up).Any(k => HearsayAdverbs.Contains(Lemma(doc, k))))
                return Modality.Reported;
        if (kids.Any(k => doc.Tokens[k].Deprel is "obl" && Children(doc, s, k).Any(c => Lemma(doc, c) is "accord" or "according"))) return Modality.Claimed;
        // "At least 12 soldiers were martyred when militants attacked a checkpost, according to the ISPR": a closing
        // attribution after a comma covers the whole sentence, wherever the parse hangs it
        for (int k = trigger + 1; k + 2 < s.EndToken; k++)
            if (Lemma(doc, k) is "accord" or "according" && doc.Form(k - 1) == "," && doc.Form(k + 1).Equals("to", StringComparison.OrdinalIgnoreCase)
                && !Enumerable.Range(k + 2, s.EndToken - k - 2).Any(j => doc.Tokens[j].Upos is "VERB" or "AUX" || doc.Form(j) is "," or ";" && j + 1 < s.EndToken && doc.Tokens[j + 1].Upos != "PUNCT"))
                return Modality.Claimed;
        // walk up through clausal heads: "X denied that ...", "plans to attack", "said that ..."
        int t = trigger;
        for (int hops = 0; hops < 4; hops++)
        {
            // (what the strikes in a place did is as sure as the strikes: "accused Pakistan of carrying out air strikes in
            // Paktika province that killed 46 people")
            if (EventBehindPlace(doc, s, t) is var strikes && strikes >= 0) { t = strikes; continue; }
            var rel = doc.Tokens[t].Deprel;
            int h = doc.Tokens[t].Head;
            // a conjunct shares where its first conjunct stands, not what that verb says of its own complements: "The
            // Taliban denied sheltering the TTP and said …" denies nothing it said
            if (rel == "conj" && h >= 0 && doc.Tokens[h].Upos == "VERB" && doc.Tokens[t].Upos == "VERB") { t = h; continue; }
            // "would keep the treaty in abeyance …, a day after gunmen killed 26 men": what a clause of time says happened in
            // the past happened, whatever is said of the clause it dates; only who says so still counts
            if (rel == "advcl" && h >= 0 && PastFinite(doc, s, t)
                && Children(doc, s, t).Any(c => doc.Tokens[c].Deprel == "mark" && Lemma(doc, c) is "after" or "before" or "since" or "when" or "once"))
            {
                int c = t, up = h;
                for (int guard = 0; up >= 0 && guard < 50 && !(SpeechVerbs.Contains(Lemma(doc, up)) && doc.Tokens[c].Deprel is "ccomp" or "parataxis"); guard++)
                    (c, up) = (up, doc.Tokens[up].Head);
                if (up < 0) return Modality.Asserted;
                if (c != t) { t = c; continue; }
            }
            // ("an allegation by the Liberian Peace Council that the NPFL had taken over the city": what an allegation or a claim
            // says is claimed; what a report or a rumour says is reported)
            if (rel == "acl" && h >= 0 && doc.Tokens[h].Upos == "NOUN" && Children(doc, s, t).Any(c => doc.Tokens[c].Deprel == "mark" && Lemma(doc, c) == "that"))
            {
                if (Lemma(doc, h) is "allegation" or "claim" or "accusation" or "charge" or "assertion") return Modality.Claimed;
                if (Lemma(doc, h) is "report" or "rumour" or "rumor" or "suggestion") return Modality.Reported;
            }
            // ("was blamed for the attack": the deed an accusation names is the accuser's claim)
            if (rel == "obl" && h >= 0 && Accusing(Lemma(doc, h)) && HasCase(doc, s, t, "for")) return Modality.Claimed;
            if (h < 0 || rel is not ("ccomp" or "xcomp" or "advcl" or "conj" or "acl" or "obj" or "nsubj:pass" or "nsubj")
                && !(rel == "obl" && doc.Form(h).ToLowerInvariant() == "opposed")
                && !(rel == "acl:relcl" && Children(doc, s, t).Any(c => doc.Tokens[c].Deprel == "mark" && Lemma(doc, c) == "that"))) break;
            var hl = Lemma(doc, h);
            var hk = Children(doc, s, h);
            if (rel is "obj" or "nsubj:pass" or "nsubj" or "obl")
            {
                // a noun trigger's governing verb: "denied the attack", "threatened an attack", "reports of an attack"
                if (hl is "deny") return Modality.Denied;
                // "rejected the mediation", "opposed to French mediation": what is rejected has not taken place
                if (hl is "reject" or "refuse" or "oppose" or "dismiss" or "veto" or "decline" or "opposed") return Modality.Hypothetical;
                // (unless the stated intention is the event coded: "will impose a curfew" is a threat, made now)
                if (!intent && (IntentVerbs.Contains(hl) || hk.Any(k => doc.Tokens[k].Deprel is "aux" && Modals.Contains(Lemma(doc, k))))) return Modality.Hypothetical;
                if (hk.Any(k => Lemma(doc, k) is "not" or "never")) return Modality.Negated;
                // "failed to reach agreement", "stopped holding talks"
                if (doc.Tokens[h].Deprel == "xcomp" && doc.Tokens[h].Head >= 0 && Lemma(doc, doc.Tokens[h].Head) is "fail" or "stop" or "cease" or "refrain") return Modality.Negated;
                // (keep climbing: "denied that he made any deal", "said the talks …")
                t = h;
                continue;
            }
            if (hl is "deny" or "dismiss" or "refute") return Modality.Denied;
            // "warned the government against launching operations": what one is warned against has not happened
            if (rel is "advcl" or "acl" && hl is "warn" or "caution" && Children(doc, s, t).Any(c => doc.Tokens[c].Deprel == "mark" && Lemma(doc, c) == "against"))
                return Modality.Hypothetical;
            // "banned women from studying", "prevented the militants from crossing": what is stopped does not happen
            if (rel is "advcl" or "acl" or "xcomp" && Children(doc, s, t).Any(c => doc.Tokens[c].Deprel == "mark" && Lemma(doc, c) == "from")
                && Preventing(hl))
                return Modality.Negated;
            // "accused Pakistan of sponsoring terrorism", "blamed the Taliban for attacking the convoy": what someone is
            // accused of is the accuser's claim (the parser hangs the clause on the verb or on the accused)
            if (rel is "advcl" or "acl" && Children(doc, s, t).Any(c => doc.Tokens[c].Deprel == "mark" && Lemma(doc, c) is "of" or "for")
                && Accusing(rel == "acl" && doc.Tokens[h].Head >= 0 && doc.Tokens[h].Deprel == "obj" ? Lemma(doc, doc.Tokens[h].Head) : hl))
                return Modality.Claimed;

            // "stop attacking each other", "ceased firing": what is stopped is not happening
            // ("failed to reach agreement": what failed did not happen)
            if (rel is "xcomp" && (hl is "stop" or "cease" or "quit" or "halt" or "refrain" && doc.Tokens[t].Xpos == "VBG" || hl is "fail")) return Modality.Negated;
            if (rel is "xcomp" && IntentVerbs.Contains(hl) && !intent) return Modality.Hypothetical;
            // what someone was asked, urged or ordered to do has not happened yet
            if (rel is "xcomp" && ObjectControl.Contains(hl)) return Modality.Hypothetical;
            if (CalledOn(doc, s, t) >= 0) return Modality.Hypothetical;
            // (the parser may hang the infinitive on the one urged: "urged the United States | to respect …")
            if (rel is "acl" && doc.Tokens[h].Deprel is "obj" or "iobj" && doc.Tokens[h].Head is >= 0 and var controller && ObjectControl.Contains(Lemma(doc, controller))
                && Children(doc, s, t).Any(c => doc.Tokens[c].Deprel == "mark" && Lemma(doc, c) == "to"))
                return Modality.Hypothetical;
            if (hk.Any(k => doc.Tokens[k].Deprel is "aux" && Modals.Contains(Lemma(doc, k))) && rel is "xcomp") return Modality.Hypothetical;
            // "demanded that Pakistan hand over the attackers", "its demand that Israel ease restrictions": what is demanded,
            // asked or proposed has not happened
            // (a complement clause the parser read as a relative one still has "that" as its marker, not as its subject)
            if ((rel is "ccomp" or "acl" || rel == "acl:relcl" && Children(doc, s, t).Any(c => doc.Tokens[c].Deprel == "mark" && Lemma(doc, c) == "that"))
                && hl is "demand" or "demands" or "urge" or "ask" or "request" or "insist" or "propose" or "proposal"
                    or "suggest" or "recommend" or "call" or "appeal" or "plan" or "offer" or "want"
                && !Children(doc, s, t).Any(c => doc.Tokens[c].Deprel is "nsubj" or "obj" && doc.Tokens[c].Upos == "PRON" && Lemma(doc, c) is "that" or "which" or "who"))
                return Modality.Hypothetical;
            if (rel is "ccomp" && (SpeechVerbs.Contains(hl) || hl is "believe" or "suspect" or "think" or "fear"))
            {
                if (hl is "believe" or "suspect" or "think" or "fear" || hk.Any(k => doc.Tokens[k].Deprel == "nsubj:pass")) return Modality.Reported;
                // "Pakistan has not confirmed it carried out the strikes": what a party does not say, it does not claim
                if (hk.Any(k => Lemma(doc, k) is "not" or "never" or "n't" && doc.Tokens[k].Deprel is "advmod" or "advmod:neg")) return Modality.Reported;
                // said by a party to the event: claimed; by someone else: reported
                var speaker = hk.FirstOrDefault(k => doc.Tokens[k].Deprel == "nsubj", -1);
                if (speaker < 0) return Modality.Reported;
                var sp = ResolveActor(doc, s, speaker, date, focus).Code;
                var parties = sources.Concat(targets).Select(a => ResolveActor(doc, s, a, date, focus).Code).Where(c => c is not null).ToList();
                bool party = sp is not null && parties.Any(p => p!.Length >= 3 && sp.Length >= 3 && p[..3] == sp[..3]);
                if (hl is "claim" or "allege") return Modality.Claimed;
                return party ? Modality.Claimed : Modality.Reported;
            }
            t = h;
        }
        return Modality.Asserted;
    }

    /// <summary>Who did the deed an object names ("the deportations", "the attack"): its own agent, else the source of the last
    /// event of its kind coded in this sentence or the three before (any violence, or a claim of responsibility, for violence);
    /// null when none is known.</summary>
    ActorRef? DeedMaker(Doc doc, Sentence s, List<int> objects, DateOnly? date, ArticleFocus focus, List<CodedEvent> events)
    {
        foreach (var o in objects)
        {
            if (doc.Tokens[o].Upos != "NOUN") continue;
            // (deeds that are no event of their own here, but violence: "condemned the killings")
            if (!NounTriggers.TryGetValue(NounKey(doc, o, Lemma(doc, o)), out var code))
                if (Lemma(doc, o) is "killing" or "killings" or "murder" or "murders" or "atrocity" or "atrocities" or "violence" or "bloodshed") code = "180";
                else continue;
            if (EventAgent(doc, s, o, date) is var agent && agent >= 0 && ResolveActor(doc, s, agent, date, focus) is { Code: not null } own) return own;
            bool violence = code[..2] is "18" or "19" or "20";
            foreach (var e in RecentEvents(doc, s, 3, events))
            {
                if (e.Source.Code is not { Length: >= 3 } || Guessed(e.Source)) continue;
                // (who claimed responsibility for an attack made it, as far as the article knows)
                if (e.Root == code[..2] || violence && (e.Root is "18" or "19" or "20" || e.Cameo == "015")) return e.Source;
            }
        }
        return null;
    }

    /// <summary>Whether a verb is a finite past: "killed", "had killed", "were killed".</summary>
    static bool PastFinite(Doc doc, Sentence s, int verb)
    {
        if (doc.Tokens[verb].Upos != "VERB") return false;
        if (doc.Tokens[verb].Xpos == "VBD") return true;
        var kids = Children(doc, s, verb);
        return doc.Tokens[verb].Xpos == "VBN" && kids.Any(c => doc.Tokens[c].Deprel is "aux" or "aux:pass" && doc.Tokens[c].Xpos == "VBD")
            && !kids.Any(c => doc.Tokens[c].Deprel == "aux" && doc.Tokens[c].Xpos == "MD");
    }

    static (string? Date, string Source) DateOf(Doc doc, Sentence s, int trigger, DateOnly? articleDate)
    {
        int at = doc.Tokens[trigger].Start;
        TimeExpression? best = null;
        foreach (var t in doc.TimesOverlapping(s.Start, s.End))
        {
            if (t.Start < s.Start || t.End > s.End || t.Value is null) continue;
            if (best is null || Math.Abs(t.Start - at) < Math.Abs(best.Start - at)) best = t;
        }
        if (best is { Value: { } v })
        {
            var text = best.Granularity switch
            {
                TimeGranularity.Day => v.ToString("yyyy-MM-dd"),
                TimeGranularity.Week or TimeGranularity.Month => v.ToString("yyyy-MM"),
                _ => v.ToString("yyyy"),
            };
            return (text, "text");
        }
        return (articleDate?.ToString("yyyy-MM-dd"), "article");
    }

    /// <summary>The place attached to the event ("in North Darfur"), else a place named in the sentence that is not an actor.</summary>
    /// <summary>Where an event happened.</summary>
    Place? LocationOf(Doc doc, Sentence s, int trigger, List<int> sources, List<int> targets, ArticleFocus articleFocus, bool violence = false, bool nested = false)
    {
        // "Saudi Arabia extended curfews in Mecca and Medina": the countries the sentence names come before the article's
        var focus = SentenceFocus(doc, s, articleFocus);
        var actorTokens = new HashSet<int>();
        foreach (var a in sources.Concat(targets))
        {
            var (st, en) = Phrase(doc, s, a);
            for (int i = st; i < en; i++) actorTokens.Add(i);
        }
        // attached: an obl/nmod of the trigger (or of its object) introduced by in/at/near/inside
        var candidates = new List<int>();
        foreach (var head in new[] { trigger }.Concat(targets))
            foreach (var k in Children(doc, s, head))
                if (doc.Tokens[k].Deprel is "obl" or "nmod" or "obl:tmod" && Children(doc, s, k).Any(c => doc.Tokens[c].Deprel == "case" && PlaceCases.Contains(Lemma(doc, c))))
                    candidates.Add(k);
        // "travelled to Kabul to hold talks": a journey's end is where the visit or the talks are
        if (Lemma(doc, trigger) is "travel" or "fly" or "go" or "come" or "head" or "return" or "journey")
            candidates.AddRange(Children(doc, s, trigger).Where(k => doc.Tokens[k].Deprel == "obl" && HasCase(doc, s, k, "to")));
        // "air strikes in Paktika province that killed 46 people": a relative clause hung on a place happens there
        if (doc.Tokens[trigger].Deprel == "acl:relcl" && doc.Tokens[trigger].Head is >= 0 and var antecedent && doc.Tokens[antecedent].Deprel is "obl" or "nmod"
            && Children(doc, s, antecedent).Any(c => doc.Tokens[c].Deprel == "case" && PlaceCases.Contains(Lemma(doc, c))))
            candidates.Add(antecedent);
        // "Qatar and Turkey mediated talks between Pakistan and Afghanistan in Doha": a noun event happens where the verb
        // that governs it does, or where its parties are (the parser hangs "in Doha" on "Pakistan")
        if (doc.Tokens[trigger].Upos == "NOUN" && doc.Tokens[trigger].Deprel is "obj" or "nsubj" or "nsubj:pass" && doc.Tokens[trigger].Head is var governor && governor >= 0)
            candidates.AddRange(Children(doc, s, governor).Where(k => k != trigger && doc.Tokens[k].Deprel is "obl"
                && Children(doc, s, k).Any(c => doc.Tokens[c].Deprel == "case" && PlaceCases.Contains(Lemma(doc, c)))));
        if (doc.Tokens[trigger].Upos == "NOUN")
            foreach (var a in sources)
                candidates.AddRange(Children(doc, s, a).Where(k => doc.Tokens[k].Deprel is "nmod" && Children(doc, s, k).Any(c => doc.Tokens[c].Deprel == "case" && Lemma(doc, c) is "in" or "at")));
        // ("the Pahalgam attack", "the Kabul bombing": a place naming an event is where it happened)
        if (doc.Tokens[trigger].Upos == "NOUN")
            candidates.InsertRange(0, Children(doc, s, trigger).Where(k => doc.Tokens[k].Deprel == "compound" && doc.Tokens[k].Upos == "PROPN" && k < trigger
                && Places.Resolve(doc.Form(k), focus) is { Kind: not "country" }));
        // ("a Kabul car bombing killed five": so is a place naming the attack that did it)
        // (and the verb conjoined to it: "… and wounded 110"; and the noun a relative clause tells of: "the Pahalgam attack that
        // killed 26 tourists")
        var doers = Children(doc, s, trigger).Concat(doc.Tokens[trigger].Deprel == "conj" && doc.Tokens[trigger].Head >= 0 ? Children(doc, s, doc.Tokens[trigger].Head) : []).ToList();
        if (doc.Tokens[trigger].Deprel == "acl:relcl" && doc.Tokens[trigger].Head >= 0) doers.Add(doc.Tokens[trigger].Head);
        foreach (var k in doers)
            if ((doc.Tokens[k].Deprel is "nsubj" || k == doc.Tokens[trigger].Head && doc.Tokens[trigger].Deprel == "acl:relcl")
                && doc.Tokens[k].Upos == "NOUN" && NounTriggers.ContainsKey(NounKey(doc, k, Lemma(doc, k))))
                foreach (var c in Children(doc, s, k).Where(c => doc.Tokens[c].Deprel == "compound" && c < k).SelectMany(c => Children(doc, s, c).Prepend(c)))
                    if (doc.Tokens[c].Deprel == "compound" && doc.Tokens[c].Upos == "PROPN" && Places.Resolve(doc.Form(c), focus) is { Kind: not "country" })
                        candidates.Add(c);
        // ("killed 26 men at a meadow near Pahalgam in Indian-administered Kashmir": a place named by where it lies is there)
        for (int i = 0; i < candidates.Count && candidates.Count < 12; i++)
            foreach (var k in Children(doc, s, candidates[i]))
                if (doc.Tokens[k].Deprel == "nmod" && !candidates.Contains(k) && Children(doc, s, k).Any(c => doc.Tokens[c].Deprel == "case" && Lemma(doc, c) is "near" or "in" or "at" or "outside" or "inside"))
                    candidates.Add(k);
        foreach (var k in candidates)
        {
            var place = PlaceAt(doc, s, k, focus);
            if (place is not null) return place;
        }
        // "jets struck Gaza", "rebels shelled the regional capital Kadugli": violence against a place happens there
        if (violence)
            foreach (var t in targets)
            {
                var (st, en) = Phrase(doc, s, t);
                foreach (var e in doc.EntitiesOverlapping(st, en))
                    if (e.Type is EntityType.GPE or EntityType.LOC && e.FirstToken >= st && e.EndToken <= en
                        && Places.Resolve(doc.SpanText(e.Start, e.End), focus) is { } p) return p.ToPlace();
                // (a town the recogniser missed, named by a place noun: "the capital Kadugli", "the town of Jolo", or
                // alone after a verb that strikes places, if no one by that name is known: "shelled Kharkiv overnight",
                // read as a person; not "Robert was killed")
                // (nor a surname the article named in full before: "… and shot Khan", after "Usman Khan", is not Haan in Germany)
                if ((PlaceNouns.Contains(Lemma(doc, t)) || doc.Tokens[t].Upos == "PROPN" && PlaceStrikes.Contains(Lemma(doc, trigger))
                        && Actors.Find(ActorDictionary.Normalise(doc.Form(t))) is not { Kind: "person" } && !articleFocus.People.ContainsKey(doc.Form(t))
                        && !doc.Entities.Any(e => e.Type == EntityType.PERSON && e.EndToken <= t && e.EndToken - e.FirstToken >= 2 && doc.Form(e.EndToken - 1) == doc.Form(t)))
                    && PlaceAt(doc, s, t, focus) is { } named) return named;
            }
        // "shelled Kharkiv overnight, killing three civilians": a participle's consequence happens where its verb does
        if (!nested && doc.Tokens[trigger].Deprel is "advcl" or "conj" && doc.Tokens[trigger].Xpos == "VBG" && doc.Tokens[trigger].Head is var verb && verb >= 0
            && doc.Tokens[verb].Upos == "VERB"
            && LocationOf(doc, s, verb, sources, Children(doc, s, verb).Where(k => doc.Tokens[k].Deprel == "obj").ToList(), articleFocus, violence, nested: true) is { } there)
            return there;
        // ("the Pahalgam attack": a noun event named after a place the gazetteer lacks happened there, not wherever else the
        // sentence names: "Pakistan denied any involvement in the Pahalgam attack" is not set in Pakistan)
        if (doc.Tokens[trigger].Upos == "NOUN" && Children(doc, s, trigger).Any(c => doc.Tokens[c].Deprel == "compound" && doc.Tokens[c].Upos == "PROPN"
                && doc.EntitiesAt(c).Any(e => e.Type is EntityType.GPE or EntityType.LOC)
                && Places.Resolve(doc.Form(c), focus) is null && Actors.Find(ActorDictionary.Normalise(doc.Form(c))) is null))
            return null;
        // the sentence's place, though not where its reporter is ("…, aid workers in Nairobi said"; but "the chief
        // executive of Hong Kong announced" speaks for the place)
        var attribution = Attribution(doc, s, trigger);
        GazetteerPlace? partyPlace = null;
        foreach (var e in doc.EntitiesOverlapping(s.FirstToken, s.EndToken))
        {
            if (e.Start < s.Start || e.End > s.End || e.Type is not (EntityType.GPE or EntityType.LOC)) continue;
            if (Enumerable.Range(e.FirstToken, e.EndToken - e.FirstToken).Any(actorTokens.Contains)) continue;
            if (attribution.Contains(e.FirstToken) && !Children(doc, s, e.EndToken - 1).Any(c => doc.Tokens[c].Deprel == "case" && Lemma(doc, c) == "of")) continue;
            // a name modifying a thing is no place: "Molotov cocktails" (Molotov was Perm's name), unlike "Kabul airport"
            int last = e.EndToken - 1;
            // a country that acts or is acted on in another clause is a party, and the place only if the sentence names no
            // other: "accused Pakistan of carrying out airstrikes in Paktika …, claiming that 46 people were killed" did not
            // happen in Pakistan ("Tunisia is facing terrorist attacks" still did)
            // (a conjunct counts as its first conjunct: "urged India and Pakistan to …")
            int role = last;
            for (int guard = 0; doc.Tokens[role].Deprel == "conj" && doc.Tokens[role].Head >= 0 && guard < 10; guard++) role = doc.Tokens[role].Head;
            if (doc.Tokens[role].Deprel is "nsubj" or "obj" or "iobj" or "nsubj:pass" or "obl:agent" && doc.Tokens[role].Head != trigger
                && Places.Resolve(doc.SpanText(e.Start, e.End), []) is { } party
                && (party.Kind == "country" || Places.IsCapital(ActorDictionary.Normalise(doc.SpanText(e.Start, e.End)))))
            {
                // (a capital that acts is its government, and says nothing of where: "accused Islamabad of violating
                // Afghanistan's airspace" did not happen in Islamabad)
                // (nor does an agent: "talks mediated by Qatar and Turkey" were not held in Turkey)
                if (party.Kind != "country" || doc.Tokens[role].Deprel == "obl:agent") continue;
                // (other than violence, which happens somewhere, "Pakistan said 26 civilians were killed", an event is not
                // set in a party of a clause outside its own: "The United States urged India to talk, and China called for
                // restraint" was no call on either; "threatened to strike unless Israel rescinded …" still aims at Israel)
                if (violence || InClauseOf(doc, s, trigger, last)) partyPlace ??= party;
                continue;
            }
            // a place of a time gone by is not where the event is: "the worst fighting since the Taliban returned to power in
            // Kabul in 2021"; nor one of a relative clause about someone: "China, which has close ties with Pakistan, said …"
            if (InSinceClause(doc, s, trigger, last) || InOtherRelativeClause(doc, s, trigger, last, violence ? targets : [])) continue;
            // nor where someone came from: "Sirhan, an ethnic Palestinian from Jordan, opposed …", "said the terrorists were trying
            // to infiltrate from Afghanistan, and that five soldiers were martyred" (a place the trigger itself is done from was
            // taken above), "a delegation of tribal elders from Khyber district travelled to Kabul" (through the name to its noun)
            int named = last;
            for (int guard = 0; guard < 4 && doc.Tokens[named].Deprel is "compound" or "flat" && doc.Tokens[named].Head > named; guard++) named = doc.Tokens[named].Head;
            if (HasCase(doc, s, named, "from") && (doc.Tokens[named].Head != trigger
                || doc.Tokens[named].Deprel == "nmod" && doc.Tokens[named].Head >= 0 && doc.Tokens[doc.Tokens[named].Head].Upos is "NOUN" or "PROPN")) continue;
            if (doc.Tokens[last].Deprel == "compound" && doc.Tokens[last].Head > last && doc.Tokens[doc.Tokens[last].Head].Upos == "NOUN"
                && !PlaceNouns.Contains(Lemma(doc, doc.Tokens[last].Head))) continue;
            // a place named as a possessor or a modifier ("Afghanistan's Paktika province") counts through its head
            if (doc.Tokens[last].Deprel == "nmod:poss" && doc.Tokens[last].Head > last && doc.Tokens[doc.Tokens[last].Head].Upos is "NOUN" or "PROPN"
                && PlaceAt(doc, s, doc.Tokens[last].Head, focus) is { } owned)
                return owned;
            var p = Places.Resolve(doc.SpanText(e.Start, e.End), focus, Qualifier(doc, s, e.EndToken));
            if (p is not null) return p.ToPlace();
        }
        return partyPlace?.ToPlace();
    }

    /// <summary>Whether a word lies in a clause opened by "since" that the trigger is not in.</summary>
    static bool InSinceClause(Doc doc, Sentence s, int trigger, int word)
    {
        for (int k = word, guard = 0; k >= 0 && guard < 200; k = doc.Tokens[k].Head, guard++)
        {
            if (k == trigger) return false;
            if (doc.Tokens[k].Deprel is "advcl" or "acl" or "acl:relcl" && HasMark(doc, s, k, "since") && !Governs(doc, k, trigger)) return true;
        }
        return false;
    }

    /// <summary>Whether a word lies in a relative clause, opened by its relative pronoun, that the trigger is not in and that
    /// is not about a target (a clause the parser took for relative without one is often the sentence's own verb misplaced).</summary>
    static bool InOtherRelativeClause(Doc doc, Sentence s, int trigger, int word, List<int> targets)
    {
        for (int k = word, guard = 0; k >= 0 && guard < 200; k = doc.Tokens[k].Head, guard++)
        {
            if (k == trigger) return false;
            // (a clause about the target of violence may say where it was hit: "hit two al-Qaida vehicles that had departed a
            // headquarters near Sarmada, Syria"; "allow refugees who have lived in Iraq to return home" is not set in Iraq)
            if (doc.Tokens[k].Deprel == "acl:relcl" && !Governs(doc, k, trigger) && !targets.Contains(doc.Tokens[k].Head)
                && Children(doc, s, k).Any(c => doc.Tokens[c].Upos == "PRON" && Lemma(doc, c) is "which" or "who" or "whom" or "that" or "whose"))
                return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="word"/> lies in the subtree of <paramref name="head"/>.</summary>
    static bool Governs(Doc doc, int head, int word)
    {
        for (int k = word, guard = 0; k >= 0 && guard < 200; k = doc.Tokens[k].Head, guard++)
            if (k == head) return true;
        return false;
    }

    /// <summary>
    /// Whether <paramref name="word"/> belongs to the clause of <paramref name="trigger"/> (or, for a noun event, of the verb
    /// that governs it: "imposed sanctions on the faction that controls Afghanistan"; for a controlled verb, of its
    /// controller; for a relative clause, of its noun's), its subordinate clauses included
    /// ("unless Israel rescinded …"), but not a clause with a subject of its own conjoined to it ("…, and China called …") or
    /// set against it ("…, while China called …").
    /// </summary>
    static bool InClauseOf(Doc doc, Sentence s, int trigger, int word)
    {
        int top = trigger;
        // (a relative clause's, through its noun: "voted to pass the bill which decriminalized abortion")
        if (doc.Tokens[top].Deprel is "acl:relcl" or "acl" && doc.Tokens[top].Head >= 0) top = doc.Tokens[top].Head;
        if (doc.Tokens[top].Upos is "NOUN" or "PROPN" && doc.Tokens[top].Deprel is "obj" or "nsubj" or "nsubj:pass" or "obl" && doc.Tokens[top].Head >= 0)
            top = doc.Tokens[top].Head;
        // (a conjoined verb with no subject of its own shares its first conjunct's clause: "New Delhi blamed Pakistan for the
        // attack and suspended the Indus Waters Treaty")
        for (int guard = 0; guard < 10 && doc.Tokens[top].Deprel == "conj" && doc.Tokens[top].Upos == "VERB" && doc.Tokens[top].Head >= 0
            && !Children(doc, s, top).Any(c => doc.Tokens[c].Deprel is "nsubj" or "nsubj:pass"); guard++)
            top = doc.Tokens[top].Head;
        // (a controlled verb's clause is its controller's: "Australia voted to pass the bill")
        for (int guard = 0; guard < 10 && doc.Tokens[top].Head >= 0 && (doc.Tokens[top].Deprel == "xcomp" || doc.Tokens[top].Deprel == "advcl" && HasMark(doc, s, top, "to")); guard++)
            top = doc.Tokens[top].Head;
        for (int k = word, guard = 0; k >= 0 && guard < 200; k = doc.Tokens[k].Head, guard++)
        {
            if (k == top) return true;
            var kids = Children(doc, s, k);
            if (doc.Tokens[k].Deprel == "conj" && doc.Tokens[k].Upos == "VERB" && kids.Any(c => doc.Tokens[c].Deprel is "nsubj" or "nsubj:pass")) return false;
            if (doc.Tokens[k].Deprel == "advcl" && kids.Any(c => doc.Tokens[c].Deprel == "mark" && Lemma(doc, c) is "while" or "whereas" or "although" or "though")) return false;
        }
        return false;
    }

    /// <summary>The countries a sentence names (in order), then the article's.</summary>
    List<string> SentenceFocus(Doc doc, Sentence s, ArticleFocus articleFocus)
    {
        var here = new List<string>();
        foreach (var e in doc.EntitiesOverlapping(s.FirstToken, s.EndToken))
        {
            // (the recogniser tags some countries as places: "near Macedonia's border")
            if (e.Start < s.Start || e.End > s.End || e.Type is not (EntityType.GPE or EntityType.NORP or EntityType.LOC)) continue;
            var name = doc.SpanText(e.Start, e.End);
            // (a town or capital does not vote for its own country: "Tripoli" is what is being placed)
            if (e.Type is EntityType.GPE or EntityType.LOC && Places.Resolve(name, []) is { Kind: not "country" }) continue;
            var entry = Actors.Find(ActorDictionary.Normalise(name));
            // (a plural demonym: "Afghans")
            if (entry is null && e.Type == EntityType.NORP && ActorDictionary.Normalise(name) is { Length: > 3 } plural && plural.EndsWith('s')
                && Actors.Find(plural[..^1]) is { Kind: "country" } people) entry = people;
            // (a country's entry, or a name that codes as a bare country at the date: "Iraqi Kurdistan" is IRQ, or IRQGOV)
            if (entry is not null && entry.CodeAt(doc.ReferenceDate) is { Length: >= 3 } code && (entry.Kind == "country" || code.Length == 3)
                && Places.Country(code[..3]) is not null && !here.Contains(code[..3]))
                here.Add(code[..3]);
        }
        foreach (var c in articleFocus) if (!here.Contains(c)) here.Add(c);
        return here;
    }

    /// <summary>The region or country a place name is qualified by: "Antioch, Illinois" → "Illinois" (the capitalised
    /// words after a comma at <paramref name="after"/>); null when none.</summary>
    static string? Qualifier(Doc doc, Sentence s, int after)
    {
        if (after + 1 >= s.EndToken || doc.Form(after) != "," || doc.Tokens[after + 1].Upos != "PROPN") return null;
        int end = after + 1;
        while (end < s.EndToken && end - after <= 3 && doc.Tokens[end].Upos == "PROPN") end++;
        // (not the speaker of a closing attribution: "mediated by Qatar and Turkey, Qatar said" is no Turkey in Qatar)
        for (int k = after + 1; k < end; k++)
            if (doc.Tokens[k].Deprel is "nsubj" or "nsubj:pass") return null;
        if (end < s.EndToken && doc.Tokens[end].Upos is "VERB" or "AUX") return null;
        return doc.SpanText(doc.Tokens[after + 1].Start, doc.Tokens[end - 1].End);
    }

    Place? PlaceAt(Doc doc, Sentence s, int head, IReadOnlyList<string> focus)
    {
        var (start, end) = Phrase(doc, s, head);
        // prefer the most specific name inside the phrase: "Paktika province" before "Afghanistan"
        // (and the place a region's possessive qualifies before the region: "Chhattisgarh's Bijapur district" is in
        // Chhattisgarh, which is tried after it, in a second pass; a phrase without a possessor needs only one)
        bool possessors = false;
        Place? nationality = null;
        for (int j = start; j < end && !possessors; j++)
            possessors = doc.Tokens[j].Deprel == "nmod:poss" && doc.Tokens[j].Head > j && doc.Tokens[j].Head < end;
        for (int pass = 0; pass < (possessors ? 2 : 1); pass++)
        for (int len = end - start; len >= 1; len--)
            for (int i = start; i + len <= end; i++)
            {
                if (doc.Tokens[i].Upos is not ("PROPN" or "NOUN" or "ADJ") || doc.Tokens[i + len - 1].Upos == "PUNCT") continue;
                bool possessor = doc.Tokens[i + len - 1].Deprel == "nmod:poss" && doc.Tokens[i + len - 1].Head > i + len - 1 && doc.Tokens[i + len - 1].Head < end;
                if (pass == 0 && possessor) continue;
                string? region = null;
                if (pass == 0 && possessors && i > start)
                    for (int j = start; j < i && region is null; j++)
                        if (doc.Tokens[j].Deprel == "nmod:poss" && doc.Tokens[j].Upos == "PROPN" && doc.Tokens[j].Head >= i && doc.Tokens[j].Head < end)
                        {
                            int from = j;
                            while (from > start && doc.Tokens[from - 1].Upos == "PROPN" && doc.Tokens[from - 1].Head == j) from--;
                            region = doc.SpanText(doc.Tokens[from].Start, doc.Tokens[j].End);
                        }
                // never a piece of a longer name: "Shadaddi" in "Al Shadaddi" is not a place of its own
                if (i > start && doc.Tokens[i - 1].Upos == "PROPN" && doc.Tokens[i].Upos == "PROPN"
                    || i + len < end && doc.Tokens[i + len].Upos == "PROPN" && doc.Tokens[i + len - 1].Upos == "PROPN") continue;
                // place names are capitalised: "north" in "north-eastern Syria" is no region called North
                if (!char.IsUpper(doc.Text[doc.Tokens[i].Start])) continue;
                var name = doc.SpanText(doc.Tokens[i].Start, doc.Tokens[i + len - 1].End);
                // a nationality is its country, never a town that GeoNames also calls so ("near the eastern Thai border"
                // is not at Alor Setar, whose other names include "Thai"), and only if the phrase names no place itself
                // ("ethnic Albanian unrest in Montenegro" is in Montenegro)
                if (len == 1 && doc.Tokens[i].Upos == "ADJ" && Actors.Find(ActorDictionary.Normalise(name)) is { Kind: "country" } people)
                {
                    if (people.CodeAt(doc.ReferenceDate) is { Length: >= 3 } code && Places.Country(code[..3]) is { } home) nationality ??= home.ToPlace();
                    continue;
                }
                var p = Places.Resolve(name, focus, Qualifier(doc, s, i + len) ?? region);
                // (inside a possessing region, only a place of that region: not the region again)
                if (region is not null && p is not null && Places.Resolve(region, focus) is { } r && (p == r || p.Country != r.Country)) continue;
                if (p is not null && (p.Kind != "country" || len == end - start || doc.Tokens[i].Upos == "PROPN")) return p.ToPlace();
            }
        // (a nationality stands for a place only before a place's noun: "the Thai border", not "in defiance of Chinese authorities";
        // nor before one that a possessor places: "the city's Saudi hospital" is El Fasher's, named after a donor)
        return PlaceNouns.Contains(Lemma(doc, head)) && !Children(doc, s, head).Any(c => doc.Tokens[c].Deprel == "nmod:poss") ? nationality : null;
    }

    /// <summary>
    /// Whether a count belongs to another killing of the sentence, one with an agent of its own: "India launched strikes
    /// on nine sites, two weeks after gunmen killed 26 tourists" gives the strikes none of the 26. (A killing without a
    /// subject of its own shares the event's: "launched strikes, killing 26"; so do victims of a passive: "attacked a post
    /// and five soldiers were killed".)
    /// </summary>
    static bool OtherKilling(Doc doc, Sentence s, Quantity q, int trigger)
    {
        int at = -1;
        for (int i = s.FirstToken; i < s.EndToken && at < 0; i++) if (doc.Tokens[i].Start >= q.Start) at = i;
        if (at < 0) return false;
        int v = doc.Tokens[at].Head;
        for (int guard = 0; v >= 0 && guard < 12 && doc.Tokens[v].Upos != "VERB"; guard++) v = doc.Tokens[v].Head;
        if (v < 0 || v == trigger || doc.Tokens[v].Upos != "VERB" || !KillVerbs.Contains(Lemma(doc, v))) return false;
        // (a clause with a subject of its own conjoined to the killing: "26 civilians were killed in the strikes, and that its air
        // force had shot down five Indian jets" gives the shooting down none of the 26)
        if (doc.Tokens[trigger].Deprel == "conj" && doc.Tokens[trigger].Head == v && Children(doc, s, trigger).Any(c => doc.Tokens[c].Deprel == "nsubj"))
            return true;
        // (a clause of its own, opened by "after", "before", "when" …, or a relative clause with its relative word: "after
        // overnight clashes in which 23 of its soldiers were killed"; not a relative clause without one, which the parse
        // often makes of a misplaced verb)
        bool relative = doc.Tokens[v].Deprel == "acl:relcl" && Children(doc, s, v).Any(c => doc.Tokens[c].Upos == "PRON" && Lemma(doc, c) is "which" or "who" or "whom" or "that"
            || Children(doc, s, c).Any(g => doc.Tokens[g].Upos == "PRON" && Lemma(doc, g) is "which" or "whom"));
        // (one that tells what another event noun did is that event's: "launched missile strikes … in retaliation for the
        // Pahalgam attack that killed 26 tourists" gives the strikes none of the 26)
        if (relative && doc.Tokens[v].Head is >= 0 and var owner && owner != trigger && doc.Tokens[owner].Upos == "NOUN"
            && NounTriggers.ContainsKey(NounKey(doc, owner, Lemma(doc, owner)))) return true;
        if (relative) return Children(doc, s, v).Any(c => doc.Tokens[c].Deprel == "aux:pass");
        if (!Children(doc, s, v).Any(c => doc.Tokens[c].Deprel == "mark" && Lemma(doc, c) is "after" or "before" or "when" or "while" or "since" or "as" or "until" or "because"))
            return false;
        // the trigger inside that killing's clause (its object's noun: "killed 26 in a strike") makes the count its own
        if (Governs(doc, v, trigger)) return false;
        return Children(doc, s, v).Any(c => doc.Tokens[c].Deprel == "nsubj" && doc.Tokens[c].Upos != "PRON"
            && Phrase(doc, s, c) is var (ps, pe) && !(q.Start >= doc.Tokens[ps].Start && q.End <= doc.Tokens[pe - 1].End));
    }

    /// <summary>Whether a counted noun counts people: a person noun, or a people by its plural demonym ("30 Palestinians").</summary>
    bool PeopleNoun(string noun)
    {
        var lower = noun.ToLowerInvariant();
        if (PersonNouns.Contains(lower)) return true;
        if (!char.IsUpper(noun[0])) return false;
        // (the count's noun comes as its lemma, "Palestinian", or as written, "Palestinians"; a country's own name counts no one)
        var key = ActorDictionary.Normalise(lower);
        if (Actors.Find(key) is { Kind: "country" } people)
            return Places.Country(people.CodeAt(null) ?? "") is not { } country || ActorDictionary.Normalise(country.Name) != key;
        return lower.Length > 4 && lower.EndsWith('s') && Actors.Find(ActorDictionary.Normalise(lower[..^1])) is { Kind: "country" };
    }

    int? Fatalities(Doc doc, Sentence s, CameoCode cameo, int trigger, List<int> targets, List<int> sources)
    {
        // deaths belong to the violence (coercion, assault, fighting, mass violence), not to the statement that reports
        // them nor to another event of the sentence ("Islamabad said it had shot down five jets" after "31 civilians were killed")
        if (cameo.Root is not ("17" or "18" or "19" or "20")) return null;
        // (of coercion, only violent repression kills: "barred Iran's envoy from returning" after "killed two children" is no death)
        if (cameo.Root == "17" && !cameo.Code.StartsWith("175", StringComparison.Ordinal)) return null;
        // (the wounded are not the dead: "two people were killed and eight were injured" gives the injuring none)
        if (Lemma(doc, trigger) is "injure" or "wound" or "hurt" or "maim") return null;
        bool lethal = false;
        for (int i = s.FirstToken; i < s.EndToken && !lethal; i++)
            lethal = KillWords.Contains(Lemma(doc, i)) || Lemma(doc, i) == "gun" && i + 1 < s.EndToken && Lemma(doc, i + 1) == "down"
                || doc.Tokens[i].Upos == "VERB" && Lemma(doc, i) is "neutralise" or "neutralize" or "eliminate";
        if (!lethal) return null;
        // the event's own victims first: "23 of its soldiers were killed and 200 Taliban fighters were killed"
        foreach (var t in targets)
        {
            if (t < s.FirstToken || t >= s.EndToken) continue;
            var (ts, te) = Phrase(doc, s, t);
            foreach (var q in doc.QuantitiesOverlapping(s.Start, s.End))
            {
                if (q.Start >= doc.Tokens[ts].Start && q.End <= doc.Tokens[te - 1].End && q.Noun is not null && PeopleNoun(q.Noun))
                    return (int)Math.Min(q.Value, int.MaxValue);
                // ("more than 200 Taliban and affiliated militants": a number right before a name of fighters counts them,
                // however the parse hangs it)
                if (q.Noun is null && q.End <= doc.Tokens[ts].Start && q.Start >= s.Start && doc.Text.AsSpan(q.End, doc.Tokens[ts].Start - q.End).IsWhiteSpace()
                    && ActorLike(doc, s, t))
                    return (int)Math.Min(q.Value, int.MaxValue);
            }
        }
        // (never the attackers: "A dozen militants stormed a police station, killing five officers")
        var attackers = sources.Where(x => x >= s.FirstToken && x < s.EndToken).Select(x => Phrase(doc, s, x))
            .Select(p => (Start: doc.Tokens[p.Start].Start, End: doc.Tokens[p.End - 1].End)).ToList();
        foreach (var q in doc.QuantitiesOverlapping(s.Start, s.End))
        {
            if (q.Start < s.Start || q.End > s.End || attackers.Any(a => q.Start < a.End && a.Start < q.End)) continue;
            if (OtherKilling(doc, s, q, trigger)) continue;
            if (q.Noun is not null && PeopleNoun(q.Noun)) return (int)Math.Min(q.Value, int.MaxValue);
            // "the death toll rose to 57"
            var before = doc.Text.AsSpan(s.Start, q.Start - s.Start);
            if (q.Noun is null && (before.Contains("toll", StringComparison.OrdinalIgnoreCase) || before.Contains("killed", StringComparison.OrdinalIgnoreCase)))
                return (int)Math.Min(q.Value, int.MaxValue);
            // "at least 20 were killed", "12 died"
            if (q.Noun is null && KilledAfter().IsMatch(doc.Text.AsSpan(q.End, Math.Min(30, s.End - q.End))))
                return (int)Math.Min(q.Value, int.MaxValue);
        }
        // "killing the driver", "assassinated Ayman al-Zawahiri": one person, named or in the singular
        if (Lemma(doc, trigger) is "kill" or "murder" or "assassinate" or "behead" or "execute" or "slay" or "martyr"
            || Lemma(doc, trigger) == "shoot" && Children(doc, s, trigger).Any(c => Lemma(doc, c) == "dead"))
            foreach (var t in targets)
                if (t >= s.FirstToken && t < s.EndToken && !Children(doc, s, t).Any(c => doc.Tokens[c].Deprel is "nummod" or "conj")
                    && (doc.Tokens[t].Xpos == "NN" && PersonNouns.Contains(Lemma(doc, t))
                        || doc.EntitiesAt(t).Any(e => e.Type == EntityType.PERSON)))
                    return 1;
        return null;
    }
}

/// <summary>What the coder learns about one article before coding it: its countries, most mentioned first,
/// and the people it names in full with a role, by surname (null where two coded people share one).</summary>
sealed class ArticleFocus : List<string>
{
    public Dictionary<string, ActorRef?> People { get; } = new(StringComparer.Ordinal);

    /// <summary>The country the article is clearly about, if one leads the others by far; else null.</summary>
    public string? Dominant { get; set; }
}
