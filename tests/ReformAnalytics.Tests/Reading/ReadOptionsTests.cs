using ReformAnalytics.Reading;

namespace ReformAnalytics.Tests.Reading;

public sealed class ReadOptionsTests : IDisposable
{
    private readonly ReadingFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Validate_Defaults_Pass()
    {
        ReadOptions.Default.Validate();
        Assert.Equal(1L << 30, ReadOptions.Default.MaxUnpackedBytes);
    }

    [Theory]
    [InlineData(0L, 250d, 50, "MaxUnpackedBytes")]
    [InlineData(1000L, 0.5d, 50, "MaxCompressionRatio")]
    [InlineData(1000L, double.NaN, 50, "MaxCompressionRatio")]
    [InlineData(1000L, 250d, 1, "HeaderSearchRows")]
    public void Validate_SettingOutOfRange_FailsNamingIt(long maxBytes, double ratio, int headerRows, string name)
    {
        var options = new ReadOptions { MaxUnpackedBytes = maxBytes, MaxCompressionRatio = ratio, HeaderSearchRows = headerRows };

        var ex = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal(name, ex.ParamName);
    }

    [Fact]
    public async Task ReadAsync_CancelledToken_Cancels()
    {
        var path = _files.WriteText("ledger.csv", "序号,改革任务,牵头单位\n1,改革甲,县发改局\n");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => LedgerFileReader.ReadAsync(path, ReadOptions.Default, cancelled.Token));
    }
}
