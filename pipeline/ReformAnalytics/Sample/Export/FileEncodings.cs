using System.Text;

namespace ReformAnalytics.Sample.Export;

/// <summary>Names and encoders of <see cref="FileEncoding"/>.</summary>
internal static class FileEncodings
{
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    });

    /// <summary>The manifest's name for the encoding.</summary>
    public static string Name(FileEncoding encoding) => encoding switch
    {
        FileEncoding.Xlsx => "xlsx",
        FileEncoding.Utf8 => "utf-8",
        FileEncoding.Utf8Bom => "utf-8-bom",
        FileEncoding.Gb18030 => "gb18030",
        FileEncoding.Docx => "docx",
        FileEncoding.Ods => "ods",
        _ => "utf-16le-bom",
    };

    public static Encoding Of(FileEncoding encoding) => encoding switch
    {
        FileEncoding.Utf8 => new UTF8Encoding(false),
        FileEncoding.Utf8Bom => new UTF8Encoding(true),
        FileEncoding.Gb18030 => Gb18030.Value,
        FileEncoding.Utf16 => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };
}
