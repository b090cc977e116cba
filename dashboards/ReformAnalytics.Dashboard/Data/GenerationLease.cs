namespace ReformAnalytics.Dashboard.Data;

/// <summary>Holds a <see cref="DataGeneration"/> open for the length of one request.</summary>
internal sealed class GenerationLease : IDisposable
{
    private DataGeneration? _generation;

    public GenerationLease(DataGeneration generation) => _generation = generation;

    public DataGeneration Generation => _generation ?? throw new ObjectDisposedException(nameof(GenerationLease));

    public void Dispose()
    {
        Interlocked.Exchange(ref _generation, null)?.ReleaseLease();
    }
}
