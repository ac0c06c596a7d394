using System.Collections.Frozen;
using Faultline.Core;

namespace Faultline.Coding;

/// <summary>
/// Which sentences of an article report a game rather than a political event. "Russia beat Croatia", "India beat Pakistan
/// by seven wickets", "Herbert and Mahut rallied to defeat … of Japan 6-7 (4), 6-4, 7-5" are contests of teams, not
/// assaults between countries; GDELT codes them as violence. A sentence is about a game when it names a game's parts (a
/// goalkeeper, an innings, a semi-final, a tournament), counts a player's plays ("30 saves"), scores with what is scored
/// ("scored twice") or gives a score beside a word of winning or losing; an article is a sports report when at least
/// three of its sentences, and a fifth of them, are so or name a league (the NBA). A sentence about a game, or any
/// sentence of a sports report, is coded only when it also names what happens off the field (a killing, a bombing, the
/// police, a protest, a government): "Fans clashed with police outside the stadium" is still coded.
/// </summary>
public sealed class SportsCoverage
{
    readonly bool[] skipped;

    SportsCoverage(bool[] skipped) => this.skipped = skipped;

    /// <summary>Whether the body sentence at this index is about a game and names nothing that happens off the field.</summary>
    public bool Skips(int sentence) => skipped[sentence];

    public static SportsCoverage Read(Doc doc)
    {
        var sentences = doc.Sentences;
        var game = new bool[sentences.Length];
        var offField = new bool[sentences.Length];
        int body = 0, games = 0;
        Span<char> buffer = stackalloc char[64];
        for (int si = 0; si < sentences.Length; si++)
        {
            var s = sentences[si];
            if (s.Kind != SentenceKind.Body) continue;
            body++;
            bool score = false, contest = false, league = false, scored = false, scoring = false;
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                // (spans and case-blind lookups: no string per word)
                var form = Form(doc, t);
                var lemma = doc.Tokens[t].Lemma is { } l ? l.AsSpan() : form;
                bool dashNext = t + 2 < s.EndToken && Form(doc, t + 1) is "-" or "–";
                if (GameWords.Contains(form) || GameWords.Contains(lemma)
                    || doc.Tokens[t].Upos == "NOUN" && (GameNouns.Contains(lemma) || GameNouns.Contains(form))
                        // (a noun before a determiner is a verb misread: "the number he favors matches the number of courts")
                        && (t + 1 == s.EndToken || doc.Tokens[t + 1].Upos is not ("DET" or "PRON"))
                    || dashNext && GameWords.Contains(Joined(form, '-', Form(doc, t + 2), buffer)))
                    game[si] = true;
                if (GameNames.Contains(form) || t + 1 < s.EndToken && GameNames.Contains(Joined(form, ' ', Form(doc, t + 1), buffer)))
                    league = true;
                if (IsScore(form) || dashNext && IsScore(Joined(form, '-', Form(doc, t + 2), buffer))) score = true;
                if (ContestWords.Contains(lemma) || ContestWords.Contains(form)) contest = true;
                // "made 30 saves", "10 assists": a count of a player's plays
                if (t > s.FirstToken && doc.Tokens[t - 1].Upos == "NUM" && PlayCounts.Contains(form)) game[si] = true;
                // "scored twice", "scored 34 points", "goals by Josh Bailey": scoring, with what is scored
                if (doc.Tokens[t].Upos == "VERB" && lemma.Equals("score", StringComparison.OrdinalIgnoreCase)) scored = true;
                if (Scorings.Contains(lemma) || Scorings.Contains(form)) scoring = true;
                if (OffFieldWords.Contains(lemma) || OffFieldWords.Contains(form)) offField[si] = true;
            }
            // "voted 52-48" is a tally, not a score: a score goes with winning or losing
            if (score && contest || scored && scoring) game[si] = true;
            if (game[si] || league) games++;
        }
        bool report = games >= 3 && games * 5 >= body;
        var skipped = new bool[sentences.Length];
        for (int si = 0; si < sentences.Length; si++)
            skipped[si] = sentences[si].Kind == SentenceKind.Body && (game[si] || report) && !offField[si];
        return new SportsCoverage(skipped);
    }

    static ReadOnlySpan<char> Form(Doc doc, int t) => doc.Text.AsSpan(doc.Tokens[t].Start, doc.Tokens[t].Length);

    /// <summary>Two words joined by a character into the buffer; empty when they do not fit (no game word is that long).</summary>
    static ReadOnlySpan<char> Joined(ReadOnlySpan<char> first, char joint, ReadOnlySpan<char> second, Span<char> buffer)
    {
        if (first.Length + 1 + second.Length > buffer.Length) return [];
        first.CopyTo(buffer);
        buffer[first.Length] = joint;
        second.CopyTo(buffer[(first.Length + 1)..]);
        return buffer[..(first.Length + 1 + second.Length)];
    }

    /// <summary>"6-4", "3-0", "7-6": two small numbers joined by a hyphen (not a year range, "1991-95", nor a record,
    /// "1-6-2"); "3 – 0" is read as three tokens and joined by the caller.</summary>
    internal static bool IsScore(ReadOnlySpan<char> form)
    {
        int dash = form.IndexOf('-');
        if (dash is < 1 or > 2 || form.Length - dash - 1 is < 1 or > 2) return false;
        foreach (var c in form[..dash]) if (!char.IsAsciiDigit(c)) return false;
        foreach (var c in form[(dash + 1)..]) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    /// <summary>Words that name a game's parts, people or stages, and nothing in politics (not "league", which names
    /// parties and the Arab League, nor "striker", a worker on strike, nor "overtime", a shift).</summary>
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GameWords = new[]
    {
        "goalkeeper", "goalkeepers", "goaltender", "goaltenders", "goalie", "goalies", "midfielder", "midfielders", "defenseman",
        "defensemen", "defenceman", "defencemen", "quarterback", "quarterbacks", "linebacker", "touchdown", "touchdowns", "inning",
        "innings", "wicket", "wickets", "batsman", "batsmen", "hat-trick", "semifinal", "semifinals", "semi-final", "semi-finals",
        "quarterfinal", "quarterfinals", "quarter-final", "quarter-finals", "playoff", "playoffs", "play-off", "play-offs",
        "tournament", "tournaments", "teammate", "teammates", "rebounds", "unseeded", "top-seeded", "goalscorer", "shootout",
        "penalty-kick", "free-kick", "odi", "t20",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Nouns of sport that are verbs or other things elsewhere: a match, a coach.</summary>
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GameNouns = new[] { "match", "coach", "doubles" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Leagues, bodies and cups, as written (one word, or two). They make an article a sports report, but do not
    /// take a sentence out alone: "The NBA apologised to China" is a political story.</summary>
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GameNames = new[]
    {
        "NBA", "NFL", "NHL", "MLB", "FIFA", "UEFA", "ATP", "WTA", "IPL", "Davis Cup", "Super Bowl", "Stanley Cup", "Premier League",
        "Champions League", "Europa League", "La Liga", "Bundesliga", "Serie A", "Grand Slam", "Grand Prix", "Test match", "World Series",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Plays a player is counted by ("30 saves", "10 assists"; not "points", which votes have too).</summary>
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlayCounts = new[] { "saves", "assists", "rebounds", "goals", "touchdowns", "runs", "tries", "aces" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What is scored in a game ("scored twice", "scored a goal", "scored 34 points"; a party "scores a victory").</summary>
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Scorings = new[] { "goal", "goals", "point", "points", "twice", "run", "runs",
        "try", "basket", "touchdown", "winner", "equaliser", "equalizer", "header", "penalty", "hat-trick", "century" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words of winning and losing that a score goes with.</summary>
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContestWords = new[]
    {
        "beat", "defeat", "win", "won", "lose", "lost", "edge", "rout", "thrash", "down", "draw", "tie", "lead", "trail", "victory",
        "loss", "upset", "sweep", "score", "rally", "level", "clinch", "hammer", "crush",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What happens off the field and is coded even in a sports report: violence, the police, protest, government.</summary>
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OffFieldWords = new[]
    {
        "kill", "killing", "die", "dead", "death", "murder", "injure", "wound", "bomb", "bombing", "blast", "explode", "explosion",
        "terror", "terrorist", "terrorism", "militant", "gunman", "gunmen", "police", "policeman", "arrest", "detain", "riot",
        "rioter", "protest", "protester", "demonstrator", "demonstration", "soldier", "troops", "army", "military", "war",
        "sanction", "sanctions", "boycott", "government", "minister", "ministry", "parliament", "embassy", "visa", "refugee",
        "asylum", "hostage", "kidnap", "abduct",
        // a ban or a refusal to play is a federation's or a player's politics ("refused to play against an Israeli")
        "ban", "refuse",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
