using System.Text.Json;

namespace ReformAnalytics.Risk;

/// <summary>Where a model is kept: <c>risk-model.zip</c> (ML.NET) and <c>risk-model.json</c> (metadata) in one folder.</summary>
public static class RiskModelStore
{
    public const string ModelFile = "risk-model.zip";
    public const string MetadataFile = "risk-model.json";

    /// <summary>The default folder: <c>risk-model</c> beside the database file.</summary>
    public static string DefaultDirectory(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath)) ?? ".", "risk-model");
    }

    /// <summary>Reads the metadata of the model in <paramref name="directory"/>; null when there is none.</summary>
    public static async Task<RiskModelMetadata?> ReadMetadataAsync(string directory, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var path = Path.Combine(directory, MetadataFile);
        if (!File.Exists(path) || !File.Exists(Path.Combine(directory, ModelFile)))
        {
            return null;
        }

        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonSerializer.DeserializeAsync<RiskModelMetadata>(stream, RiskJson.Options, cancellationToken).ConfigureAwait(false);
        }
    }

    internal static async Task<(string Model, string Metadata)> SaveAsync(RiskTrainedModel trained, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var model = Path.GetFullPath(Path.Combine(directory, ModelFile));
        var metadata = Path.GetFullPath(Path.Combine(directory, MetadataFile));
        trained.Model.Save(model);
        var stream = new FileStream(metadata, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            await JsonSerializer.SerializeAsync(stream, trained.Metadata, RiskJson.Options, cancellationToken).ConfigureAwait(false);
        }

        return (model, metadata);
    }

    internal static async Task<RiskTrainedModel?> LoadAsync(string directory, CancellationToken cancellationToken)
    {
        if (await ReadMetadataAsync(directory, cancellationToken).ConfigureAwait(false) is not { } metadata)
        {
            return null;
        }

        return new RiskTrainedModel(RiskModel.Load(Path.Combine(directory, ModelFile), RiskLearner.FastTree, metadata.Settings.Seed), metadata);
    }
}
