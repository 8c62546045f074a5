namespace GanNotebooks.Display;

/// <summary>A PNG file in memory. Notebooks display it as <c>image/png</c>.</summary>
/// <param name="Bytes">The complete PNG file.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
public sealed record PngImage(byte[] Bytes, int Width, int Height)
{
    /// <summary>The PNG file as base64 text, the form notebook documents store <c>image/png</c> data in.</summary>
    /// <returns>Base64 of <see cref="Bytes"/>.</returns>
    public string ToBase64() => Convert.ToBase64String(Bytes);

    /// <summary>Writes the PNG file.</summary>
    /// <param name="path">Where to write it.</param>
    public void Save(string path) => File.WriteAllBytes(path, Bytes);

    /// <inheritdoc/>
    public override string ToString() => $"PNG {Width}x{Height}, {Bytes.Length} bytes";
}
