namespace ReformAnalytics.Sample;

/// <summary>
/// The generated sample county: three ledgers a year (about 150 overall tasks, 15 assigned pilots, 25 local
/// pilots), a monthly export of each for every month, in the shapes real offices send, with progress driven
/// by hidden causes (see <c>Simulation/ProgressModel.cs</c>) and a few cases planted on purpose. The same
/// options give the same bytes. Files are streamed to disk month by month.
/// </summary>
public static class SampleCounty
{
    /// <summary>
    /// Names the generator that is running: the library's module version id. Builds are deterministic, so it
    /// is a hash of the compiled library and changes exactly when its code does (the generator's or code it
    /// uses); a sample on disk with another fingerprint may differ from what this build writes.
    /// </summary>
    public static string GeneratorFingerprint { get; } = typeof(SampleCounty).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>Writes the sample into <see cref="SampleOptions.OutputDirectory"/> and returns its manifest (also saved as manifest.json).</summary>
    public static Task<SampleManifest> WriteAsync(SampleOptions options, CancellationToken ct) => WriteAsync(options, null, ct);

    /// <inheritdoc cref="WriteAsync(SampleOptions, CancellationToken)"/>
    /// <param name="options">What to generate and where.</param>
    /// <param name="progress">Told after each month is written.</param>
    /// <param name="ct">Cancels between rows.</param>
    public static Task<SampleManifest> WriteAsync(SampleOptions options, IProgress<SampleProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new SampleGenerator(options).RunAsync(progress, ct);
    }
}
