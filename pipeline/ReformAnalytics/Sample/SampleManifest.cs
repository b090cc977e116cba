using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ReformAnalytics.Model;

namespace ReformAnalytics.Sample;

/// <summary>
/// What a generation run wrote, also saved as <c>manifest.json</c> in the output folder: the options, the row
/// counts (<see cref="RowsWritten"/>, all task rows in all files; <see cref="SnapshotRows"/>, the rows that
/// remain once corrected re-sends replace their originals, i.e. what ingest should store; for
/// <see cref="SampleShape.PlainCsvAndXlsx"/>, the rows of one of the two copies), the size of each
/// year, every file, and the cases planted on purpose, with enough detail to check each after ingest.
/// <see cref="Generator"/> names the generator that wrote it (<see cref="SampleCounty.GeneratorFingerprint"/>); null in
/// manifests written before it was recorded. <see cref="Revisions"/>: returns that go back on the task's last return
/// (null in manifests written before they were planted). <see cref="SubTasks"/>: tasks listed under a heading;
/// <see cref="HiddenRows"/>: task rows a sheet hides (both null in manifests written before they were planted).
/// </summary>
public sealed record SampleManifest(
    int Seed,
    int FirstYear,
    int LastYear,
    ReportMonth LastMonth,
    int Scale,
    SampleShape Shape,
    long RowsWritten,
    long SnapshotRows,
    IReadOnlyList<SampleYear> Years,
    IReadOnlyList<SampleFile> Files,
    IReadOnlyList<PlantedMissingReturn> MissingReturns,
    IReadOnlyList<PlantedCorrection> Corrections,
    IReadOnlyList<PlantedRewording> Rewordings,
    IReadOnlyList<PlantedMidYearTask> MidYearTasks,
    IReadOnlyList<PlantedBadCell> BadCells,
    string? Generator = null,
    IReadOnlyList<PlantedRevision>? Revisions = null,
    IReadOnlyList<PlantedSubTask>? SubTasks = null,
    IReadOnlyList<PlantedHiddenRow>? HiddenRows = null)
{
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower), new ReportMonthJsonConverter() },
    };

    /// <summary>
    /// Whether the files beside this manifest are what <see cref="SampleCounty"/> would write now with
    /// <paramref name="seed"/>: same seed, same generator. A sample written by an older build is not reused.
    /// </summary>
    public bool IsCurrentFor(int seed) => Seed == seed && string.Equals(Generator, SampleCounty.GeneratorFingerprint, StringComparison.Ordinal);

    /// <summary>Reads <c>manifest.json</c> from <paramref name="directory"/>; null when there is none.</summary>
    public static async Task<SampleManifest?> ReadAsync(string directory, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<SampleManifest>(stream, Json, ct).ConfigureAwait(false);
    }

    internal async Task WriteAsync(string directory, CancellationToken ct)
    {
        await using var stream = new FileStream(Path.Combine(directory, FileName), FileMode.Create, FileAccess.Write);
        await JsonSerializer.SerializeAsync(stream, this, Json, ct).ConfigureAwait(false);
    }
}
