namespace ReformAnalytics.Reading;

/// <summary>Thrown inside the reader when a file read as UTF-8 on the strength of an ASCII start turns out not to be; caught to read it again as GB18030.</summary>
internal sealed class TextEncodingMismatchException : Exception
{
    public TextEncodingMismatchException()
    {
    }

    public TextEncodingMismatchException(string message)
        : base(message)
    {
    }

    public TextEncodingMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
