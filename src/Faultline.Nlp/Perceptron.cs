using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Faultline.Nlp;

/// <summary>64-bit feature hashing: features are hashed integers, never strings, in the hot loop.</summary>
public static class FeatureHash
{
    const ulong Prime = 0x100000001b3UL;
    const ulong Basis = 0xcbf29ce484222325UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong a, ulong b)
    {
        ulong h = (a ^ 0x9E3779B97F4A7C15UL) * 0xBF58476D1CE4E5B9UL;
        h ^= b + 0x94D049BB133111EBUL + (h << 6) + (h >> 2);
        h *= 0x94D049BB133111EBUL;
        return h ^ (h >> 31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong a, ulong b, ulong c) => Mix(Mix(a, b), c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong a, ulong b, ulong c, ulong d) => Mix(Mix(Mix(a, b), c), d);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ulong Of(ReadOnlySpan<char> s)
    {
        ulong h = Basis;
        foreach (var c in s) { h ^= c; h *= Prime; }
        return h;
    }

    public static ulong Of(string s) => Of(s.AsSpan());

    /// <summary>Hash of the lower-cased text with digits folded to '0' (so 1987 and 2023 share a feature).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ulong OfNormalised(ReadOnlySpan<char> s)
    {
        ulong h = Basis;
        foreach (var ch in s)
        {
            char c = ch;
            if (c >= '0' && c <= '9') c = '0';
            else if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
            // (curly apostrophes and quotes are the straight ones: "Delhi’s" is read as "Delhi's")
            else if (c > 127) c = c is '’' or '‘' ? '\'' : c is '“' or '”' ? '"' : char.ToLowerInvariant(c);
            h ^= c; h *= Prime;
        }
        return h;
    }

    /// <summary>Word shape, compressed: "Kabul" → Xx, "U.S." → X.X., "1,200" → d,d, "al-Sham" → x-Xx.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ulong Shape(ReadOnlySpan<char> s)
    {
        ulong h = Basis;
        char last = '\0';
        int len = 0;
        foreach (var ch in s)
        {
            char k = char.IsUpper(ch) ? 'X' : char.IsLower(ch) ? 'x' : char.IsDigit(ch) ? 'd' : ch;
            if (k == last) continue;
            last = k;
            h ^= k; h *= Prime;
            if (++len > 6) break;
        }
        return h;
    }
}

/// <summary>Averaged perceptron during training: sparse rows of (class, weight, running total).</summary>
public sealed class PerceptronTrainer
{
    sealed class Row
    {
        public ushort[] Cls = new ushort[2];
        public float[] W = new float[2];
        public double[] Total = new double[2];
        public int[] Stamp = new int[2];
        public int N;

        public int Find(int cls)
        {
            for (int i = 0; i < N; i++) if (Cls[i] == cls) return i;
            return -1;
        }

        public int Add(int cls, int now)
        {
            if (N == Cls.Length)
            {
                int size = N * 2;
                Array.Resize(ref Cls, size); Array.Resize(ref W, size); Array.Resize(ref Total, size); Array.Resize(ref Stamp, size);
            }
            Cls[N] = (ushort)cls; W[N] = 0; Total[N] = 0; Stamp[N] = now;
            return N++;
        }
    }

    readonly Dictionary<ulong, Row> rows = new();
    int now;

    public PerceptronTrainer(int classes)
    {
        if (classes < 2 || classes > ushort.MaxValue) throw new ArgumentOutOfRangeException(nameof(classes));
        Classes = classes;
    }

    public int Classes { get; }
    public int FeatureCount => rows.Count;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        AddScores(features, scores);
    }

    /// <summary>Adds these features' current weights to <paramref name="scores"/> (a score made in parts).</summary>
    public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var f in features)
        {
            if (!rows.TryGetValue(f, out var row)) continue;
            for (int i = 0; i < row.N; i++) scores[row.Cls[i]] += row.W[i];
        }
    }

    /// <summary>One training example done (advances the clock used for averaging).</summary>
    public void Tick() => now++;

    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (truth == guess) return;
        foreach (var f in features)
        {
            if (!rows.TryGetValue(f, out var row)) { row = new Row(); rows[f] = row; }
            Change(row, truth, 1f);
            Change(row, guess, -1f);
        }
    }

    /// <summary>Adds <paramref name="delta"/> to the weights of <paramref name="cls"/> for these features (a global,
    /// sequence-level update makes these one transition at a time).</summary>
    public void Add(ReadOnlySpan<ulong> features, int cls, float delta)
    {
        foreach (var f in features)
        {
            if (!rows.TryGetValue(f, out var row)) { row = new Row(); rows[f] = row; }
            Change(row, cls, delta);
        }
    }

    void Change(Row row, int cls, float delta)
    {
        int i = row.Find(cls);
        if (i < 0) i = row.Add(cls, now);
        row.Total[i] += (now - row.Stamp[i]) * (double)row.W[i];
        row.Stamp[i] = now;
        row.W[i] += delta;
    }

    /// <summary>Averaged weights, dropping those whose magnitude is below <paramref name="prune"/>.</summary>
    public PerceptronModel Freeze(float prune = 0.0f)
    {
        var folded = new Dictionary<uint, Dictionary<ushort, float>>();
        foreach (var (key, row) in rows)
        {
            Dictionary<ushort, float>? entries = null;
            for (int i = 0; i < row.N; i++)
            {
                double total = row.Total[i] + (now - row.Stamp[i]) * (double)row.W[i];
                float avg = now == 0 ? 0 : (float)(total / now);
                if (Math.Abs(avg) <= prune) continue;
                entries ??= folded.TryGetValue(PerceptronModel.Fold(key), out var e) ? e : folded[PerceptronModel.Fold(key)] = new();
                entries[row.Cls[i]] = entries.GetValueOrDefault(row.Cls[i]) + avg;
            }
        }
        return PerceptronModel.From(Classes, folded);
    }
}

/// <summary>Frozen averaged-perceptron weights: an open-addressing table from a 32-bit feature key to a
/// run of (class, weight) pairs. Read-only after load, so one instance is shared by all threads.</summary>
public sealed class PerceptronModel
{
    // One slot holds the key and where its run of entries starts, and an entry holds class and weight
    // together, so a feature costs two cache misses rather than five (measured in bench/nlp).
    struct Slot { public uint Key; public int Start; public int Count; }
    struct Entry { public float Weight; public ushort Class; }

    readonly Slot[] slots;      // Key 0 = empty
    readonly Entry[] entries;
    readonly int mask;
    readonly int rows;

    public int Classes { get; }
    public int FeatureCount => rows;
    public int WeightCount => entries.Length;

    PerceptronModel(int classes, uint[] rowKeys, int[] rowStart, ushort[] cls, float[] weights)
    {
        Classes = classes;
        rows = rowKeys.Length;
        entries = new Entry[weights.Length];
        for (int j = 0; j < weights.Length; j++) entries[j] = new Entry { Weight = weights[j], Class = cls[j] };
        int cap = 16;
        while (cap < rowKeys.Length * 2) cap <<= 1;
        slots = new Slot[cap];
        mask = cap - 1;
        for (int r = 0; r < rowKeys.Length; r++)
        {
            int slot = (int)(Spread(rowKeys[r]) & (uint)mask);
            while (slots[slot].Key != 0) slot = (slot + 1) & mask;
            slots[slot] = new Slot { Key = rowKeys[r], Start = rowStart[r], Count = rowStart[r + 1] - rowStart[r] };
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Fold(ulong h)
    {
        uint k = (uint)(h ^ (h >> 32));
        return k == 0 ? 1u : k;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static uint Spread(uint k) => (k * 0x9E3779B1u) ^ (k >> 15);

    internal static PerceptronModel From(int classes, Dictionary<uint, Dictionary<ushort, float>> folded)
    {
        var rowKeys = new uint[folded.Count];
        var start = new int[folded.Count + 1];
        int total = folded.Values.Sum(d => d.Count);
        var c = new ushort[total];
        var w = new float[total];
        int r = 0, at = 0;
        foreach (var (key, byClass) in folded.OrderBy(kv => kv.Key))
        {
            rowKeys[r] = key;
            start[r] = at;
            foreach (var (k, v) in byClass.OrderBy(e => e.Key)) { c[at] = k; w[at] = v; at++; }
            r++;
        }
        start[r] = at;
        return new PerceptronModel(classes, rowKeys, start, c, w);
    }

    /// <summary>A copy without the weights whose magnitude is at most <paramref name="threshold"/> (smaller table, fewer cache misses).</summary>
    public PerceptronModel Pruned(float threshold)
    {
        var folded = new Dictionary<uint, Dictionary<ushort, float>>();
        foreach (var slot in slots)
        {
            if (slot.Key == 0) continue;
            Dictionary<ushort, float>? row = null;
            for (int j = slot.Start; j < slot.Start + slot.Count; j++)
            {
                if (Math.Abs(entries[j].Weight) <= threshold) continue;
                row ??= folded[slot.Key] = new();
                row[entries[j].Class] = entries[j].Weight;
            }
        }
        return From(Classes, folded);
    }

    /// <summary>The mean of models trained on the same features and classes (e.g. with different shuffles):
    /// a linear model's scores are linear in its weights, so this scores as the models' average vote does, at the cost of one.</summary>
    public static PerceptronModel Average(IReadOnlyList<PerceptronModel> models)
    {
        if (models.Count == 0) throw new ArgumentException("no models to average", nameof(models));
        int classes = models[0].Classes;
        if (models.Any(m => m.Classes != classes)) throw new ArgumentException("models differ in their classes", nameof(models));
        var folded = new Dictionary<uint, Dictionary<ushort, float>>();
        float share = 1f / models.Count;
        foreach (var m in models)
            foreach (var slot in m.slots)
            {
                if (slot.Key == 0) continue;
                if (!folded.TryGetValue(slot.Key, out var row)) folded[slot.Key] = row = new();
                for (int j = slot.Start; j < slot.Start + slot.Count; j++)
                    row[m.entries[j].Class] = row.GetValueOrDefault(m.entries[j].Class) + m.entries[j].Weight * share;
            }
        return From(classes, folded);
    }

    /// <summary>Most features scored in one batch; longer lists are scored in chunks.</summary>
    const int Batch = 128;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        AddScores(features, scores);
    }

    /// <summary>Adds these features' weights to <paramref name="scores"/> (a score made in parts).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        while (features.Length > Batch)
        {
            ScoreBatch(features[..Batch], scores);
            features = features[Batch..];
        }
        ScoreBatch(features, scores);
    }

    // The parser's table (37 MB) is far larger than the cache, so a feature costs two memory round
    // trips (slot, then entries). Finding every slot before reading any entries, with prefetches,
    // lets those round trips overlap instead of running one after another: 2.0x the pipeline's
    // speed (bench/nlp). Keeping weights as Half to halve the table was 1.5x slower (no hardware
    // conversion), and a fuller slot table gained nothing measurable.
    // The NLP hot paths are marked AggressiveOptimization: under a full batch on every core the
    // tiering thread got little CPU and they ran unoptimised for seconds (perf on `faultline code`).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    unsafe void ScoreBatch(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        int n = features.Length;
        Span<uint> keys = stackalloc uint[n];
        Span<int> at = stackalloc int[n];
        var sl = slots; var en = entries; int m = mask;
        bool prefetch = Sse.IsSupported;
        for (int i = 0; i < n; i++)
        {
            uint key = Fold(features[i]);
            int slot = (int)(Spread(key) & (uint)m);
            keys[i] = key;
            at[i] = slot;
            if (prefetch) Sse.Prefetch0(Unsafe.AsPointer(ref sl[slot]));
        }
        for (int i = 0; i < n; i++)
        {
            int slot = at[i];
            uint key = keys[i];
            at[i] = -1;
            while (true)
            {
                ref var s = ref sl[slot];
                if (s.Key == key)
                {
                    if (s.Count > 0)
                    {
                        at[i] = slot;
                        if (prefetch) Sse.Prefetch0(Unsafe.AsPointer(ref en[s.Start]));
                    }
                    break;
                }
                if (s.Key == 0) break;
                slot = (slot + 1) & m;
            }
        }
        for (int i = 0; i < n; i++)
        {
            if (at[i] < 0) continue;
            ref var s = ref sl[at[i]];
            for (int j = s.Start, end = s.Start + s.Count; j < end; j++) scores[en[j].Class] += en[j].Weight;
        }
    }

    public void Write(BinaryWriter bw)
    {
        bw.Write(Classes);
        bw.Write(rows);
        bw.Write(entries.Length);
        // rows in key order (entries were laid out in that order): keys as deltas compress well
        var ordered = slots.Where(x => x.Key != 0).OrderBy(x => x.Key).ToArray();
        uint prev = 0;
        foreach (var x in ordered) { Write7(bw, x.Key - prev); prev = x.Key; }
        foreach (var x in ordered) Write7(bw, (uint)x.Count);
        bool small = Classes <= 256;
        foreach (var x in ordered)
            for (int j = x.Start; j < x.Start + x.Count; j++) { if (small) bw.Write((byte)entries[j].Class); else bw.Write(entries[j].Class); }
        foreach (var x in ordered)
            for (int j = x.Start; j < x.Start + x.Count; j++) bw.Write((Half)entries[j].Weight);
    }

    public static PerceptronModel Read(BinaryReader br)
    {
        int classes = br.ReadInt32(), rows = br.ReadInt32(), total = br.ReadInt32();
        if (classes < 2 || classes > ushort.MaxValue || rows < 0 || total < 0 || total > 200_000_000)
            throw new InvalidDataException("perceptron header out of range");
        var rowKeys = new uint[rows];
        uint prev = 0;
        for (int r = 0; r < rows; r++) { prev += Read7(br); rowKeys[r] = prev; }
        var start = new int[rows + 1];
        int at = 0;
        for (int r = 0; r < rows; r++) { start[r] = at; at += (int)Read7(br); }
        start[rows] = at;
        if (at != total) throw new InvalidDataException("perceptron row lengths do not add up");
        var c = new ushort[total];
        bool small = classes <= 256;
        for (int j = 0; j < total; j++)
        {
            c[j] = small ? br.ReadByte() : br.ReadUInt16();
            if (c[j] >= classes) throw new InvalidDataException("perceptron class index out of range");
        }
        var w = new float[total];
        for (int j = 0; j < total; j++) w[j] = (float)br.ReadHalf();
        return new PerceptronModel(classes, rowKeys, start, c, w);
    }

    static void Write7(BinaryWriter bw, uint v)
    {
        while (v >= 0x80) { bw.Write((byte)(v | 0x80)); v >>= 7; }
        bw.Write((byte)v);
    }

    static uint Read7(BinaryReader br)
    {
        uint v = 0;
        for (int shift = 0; shift < 35; shift += 7)
        {
            byte b = br.ReadByte();
            v |= (uint)(b & 0x7f) << shift;
            if (b < 0x80) return v;
        }
        throw new InvalidDataException("bad varint");
    }
}
