namespace GanNotebooks.Notebooks;

/// <summary>How much work a notebook does: a quick pass for checks and CI, or the full course run.</summary>
public enum NotebookMode
{
    /// <summary>Small data subsets and few epochs, so that every notebook runs in minutes.</summary>
    Quick,

    /// <summary>Full data and the training lengths the text talks about.</summary>
    Full,
}

/// <summary>Reads the <see cref="NotebookMode"/> from the environment.</summary>
public static class NotebookModes
{
    /// <summary>The environment variable holding the mode: <c>quick</c> (default) or <c>full</c>.</summary>
    public const string EnvironmentVariable = "GAN_NOTEBOOKS_MODE";

    /// <summary>
    /// The mode set by <see cref="EnvironmentVariable"/>; <see cref="NotebookMode.Quick"/> when unset.
    /// </summary>
    /// <exception cref="InvalidOperationException">The variable holds something other than quick or full.</exception>
    public static NotebookMode Current => Parse(Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>Parses a mode name, case-insensitively; null or blank means <see cref="NotebookMode.Quick"/>.</summary>
    /// <param name="value">The text to parse.</param>
    /// <returns>The mode.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="value"/> is not quick or full.</exception>
    public static NotebookMode Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "quick" => NotebookMode.Quick,
        "full" => NotebookMode.Full,
        _ => throw new InvalidOperationException(
            $"{EnvironmentVariable}='{value}' is not a notebook mode; use 'quick' or 'full'."),
    };
}
