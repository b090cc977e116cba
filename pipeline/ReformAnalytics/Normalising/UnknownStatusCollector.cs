using System.Collections.Concurrent;
using ReformAnalytics.Model;

namespace ReformAnalytics.Normalising;

/// <summary>
/// Gathers status phrases <see cref="StatusMapper"/> could not map, across the tables of an ingest run
/// (thread-safe), for the run summary: each phrase once, with its count and first location.
/// </summary>
public sealed class UnknownStatusCollector
{
    private readonly ConcurrentDictionary<string, Entry> _phrases = new(StringComparer.Ordinal);

    public void Add(string phrase, string file, string sheet, int row)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var entry = _phrases.GetOrAdd(phrase.Trim(), static (_, first) => new Entry(first.file, first.sheet, first.row), (file, sheet, row));
        entry.Increment();
    }

    /// <summary>Adds another collector's phrases (counts added, the first place kept when the phrase is already known).</summary>
    public void Merge(UnknownStatusCollector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (phrase, theirs) in other._phrases)
        {
            var entry = _phrases.GetOrAdd(phrase, static (_, first) => new Entry(first.File, first.Sheet, first.Row), theirs);
            entry.Add(theirs.Count);
        }
    }

    /// <summary>
    /// The phrases met in <paramref name="rows"/> (the rows a run stored): each phrase of this collector that one of them
    /// holds as its unmapped status, counted over them, at the first of them. A file left unchanged, superseded or refused
    /// brings none, so a rerun that stores nothing lists none: its phrases were listed when its rows were stored.
    /// </summary>
    public IReadOnlyList<UnknownStatusPhrase> PhrasesIn(IEnumerable<SnapshotRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var met = new Dictionary<string, (int Count, SnapshotRow First)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row is { Status: ReportedStatus.Unknown, StatusText: { } text } && _phrases.ContainsKey(text.Trim()))
            {
                var phrase = text.Trim();
                met[phrase] = met.TryGetValue(phrase, out var seen) ? (seen.Count + 1, seen.First) : (1, row);
            }
        }

        return Ordered(met.Select(p => new UnknownStatusPhrase(p.Key, p.Value.Count, p.Value.First.SourceFile, p.Value.First.SourceSheet, p.Value.First.SourceRow)));
    }

    /// <summary>The phrases met, most frequent first, then in ordinal order.</summary>
    public IReadOnlyList<UnknownStatusPhrase> Phrases =>
        Ordered(_phrases.Select(p => new UnknownStatusPhrase(p.Key, p.Value.Count, p.Value.File, p.Value.Sheet, p.Value.Row)));

    private static List<UnknownStatusPhrase> Ordered(IEnumerable<UnknownStatusPhrase> phrases) =>
        phrases
            .OrderByDescending(p => p.Count)
            .ThenBy(p => p.Phrase, StringComparer.Ordinal)
            .ToList();

    private sealed class Entry(string file, string sheet, int row)
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public string File { get; } = file;

        public string Sheet { get; } = sheet;

        public int Row { get; } = row;

        public void Increment() => Interlocked.Increment(ref _count);

        public void Add(int count) => Interlocked.Add(ref _count, count);
    }
}
