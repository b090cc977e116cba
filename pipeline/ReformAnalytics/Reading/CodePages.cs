using System.Text;

namespace ReformAnalytics.Reading;

/// <summary>Makes the legacy code pages (GB18030, and those old .xls files use) available, once.</summary>
internal static class CodePages
{
    public const int Gb18030 = 54936;

    private static readonly Lazy<bool> Registered = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    public static void EnsureRegistered() => _ = Registered.Value;

    /// <summary>GB18030 that throws on bytes it cannot decode instead of guessing.</summary>
    public static Encoding StrictGb18030()
    {
        EnsureRegistered();
        return Encoding.GetEncoding(Gb18030, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
