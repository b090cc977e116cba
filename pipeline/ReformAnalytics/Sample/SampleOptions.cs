using ReformAnalytics.Model;

namespace ReformAnalytics.Sample;

/// <summary>Options of <see cref="SampleCounty.WriteAsync(SampleOptions, CancellationToken)"/>, with their defaults.</summary>
public sealed class SampleOptions
{
    public const int DefaultSeed = 20240601;

    /// <summary>The folder the files and <c>manifest.json</c> are written to (created when missing).</summary>
    public string OutputDirectory { get; init; } = string.Empty;

    public int Seed { get; init; } = DefaultSeed;

    public int FirstYear { get; init; } = 2022;

    public int LastYear { get; init; } = 2024;

    /// <summary>The last report month generated; null means December of <see cref="LastYear"/>.</summary>
    public ReportMonth? LastMonth { get; init; }

    /// <summary>How many counties' worth of tasks (K): 1 is the sample county; about 290 reach 2 million rows over three years.</summary>
    public int Scale { get; init; } = 1;

    public SampleShape Shape { get; init; } = SampleShape.Realistic;

    public ReportMonth EffectiveLastMonth => LastMonth ?? new ReportMonth(LastYear, 12);

    /// <summary>Throws <see cref="ArgumentException"/> with a message for the user when an option is out of range.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(OutputDirectory))
        {
            throw new ArgumentException("请指定样例数据的输出目录。", nameof(OutputDirectory));
        }

        if (FirstYear < 2000 || LastYear > 2100 || FirstYear > LastYear)
        {
            throw new ArgumentException($"年份范围{FirstYear}-{LastYear}无效：起始年份不能晚于结束年份，且须在2000至2100年之间。", nameof(FirstYear));
        }

        if (LastMonth is { } last && last.Year != LastYear)
        {
            throw new ArgumentException($"最后填报月份{last.Label}须在结束年份{LastYear}年之内。", nameof(LastMonth));
        }

        if (Scale < 1 || Scale > 1000)
        {
            throw new ArgumentException($"规模倍数{Scale}无效：须在1至1000之间。", nameof(Scale));
        }

        if (!Enum.IsDefined(Shape))
        {
            throw new ArgumentException($"未知的样例数据形态：{Shape}。", nameof(Shape));
        }
    }
}
