using System.Buffers.Binary;
using System.IO.Compression;

namespace GanNotebooks.Display;

/// <summary>
/// Writes 8-bit grayscale or RGB PNG files: filter type 0, zlib via <see cref="ZLibStream"/>.
/// </summary>
public static class PngEncoder
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>Encodes pixels stored row by row, <paramref name="channels"/> bytes per pixel.</summary>
    /// <param name="pixels">Width * height * channels bytes, rows top to bottom.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <param name="channels">1 for grayscale, 3 for RGB.</param>
    /// <returns>The PNG file.</returns>
    /// <exception cref="ArgumentException">Sizes do not match or channels is not 1 or 3.</exception>
    public static PngImage Encode(ReadOnlySpan<byte> pixels, int width, int height, int channels = 1)
    {
        if (channels is not (1 or 3))
            throw new ArgumentException("PNG channels must be 1 (gray) or 3 (RGB).", nameof(channels));
        if (width <= 0 || height <= 0) throw new ArgumentException($"Bad PNG size {width}x{height}.");
        int stride = width * channels;
        if (pixels.Length != stride * height)
            throw new ArgumentException(
                $"{pixels.Length} bytes given for {width}x{height}x{channels} pixels.", nameof(pixels));

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (int y = 0; y < height; y++)
            {
                zlib.WriteByte(0); // filter: none
                zlib.Write(pixels.Slice(y * stride, stride));
            }
        }

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bit depth
        header[9] = (byte)(channels == 1 ? 0 : 2); // color type: gray or RGB
        header[10] = header[11] = header[12] = 0; // deflate, adaptive filtering, no interlace

        using var png = new MemoryStream();
        png.Write(Signature);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        WriteChunk(png, "IEND", []);
        return new PngImage(png.ToArray(), width, height);
    }

    private static void WriteChunk(Stream output, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        output.Write(word);
        Span<byte> typeBytes = stackalloc byte[4];
        for (int i = 0; i < 4; i++) typeBytes[i] = (byte)type[i];
        output.Write(typeBytes);
        output.Write(data);
        uint crc = UpdateCrc(0xFFFFFFFFu, typeBytes);
        crc = UpdateCrc(crc, data) ^ 0xFFFFFFFFu;
        BinaryPrimitives.WriteUInt32BigEndian(word, crc);
        output.Write(word);
    }

    private static uint UpdateCrc(uint crc, ReadOnlySpan<byte> data)
    {
        foreach (byte b in data) crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }
}
