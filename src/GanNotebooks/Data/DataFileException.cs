namespace GanNotebooks.Data;

/// <summary>
/// A data file or folder is missing, damaged or not what the loader expected. The message names
/// the file and says what was expected and what was found.
/// </summary>
public sealed class DataFileException : Exception
{
    /// <summary>Creates the exception for <paramref name="filePath"/>.</summary>
    /// <param name="filePath">The file or folder at fault, as the loader saw it.</param>
    /// <param name="message">What is wrong, naming the file.</param>
    public DataFileException(string filePath, string message)
        : this(filePath, message, null)
    {
    }

    /// <summary>Creates the exception for <paramref name="filePath"/> and its cause.</summary>
    /// <param name="filePath">The file or folder at fault, as the loader saw it.</param>
    /// <param name="message">What is wrong, naming the file.</param>
    /// <param name="innerException">The lower-level error (a gzip failure, say), if any.</param>
    public DataFileException(string filePath, string message, Exception? innerException)
        : base(message, innerException)
    {
        FilePath = filePath;
    }

    /// <summary>The file or folder at fault.</summary>
    public string FilePath { get; }
}
