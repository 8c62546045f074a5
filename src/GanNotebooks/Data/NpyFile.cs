using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TorchSharp;
using static TorchSharp.torch;

namespace GanNotebooks.Data;

/// <summary>
/// Reads and writes 2-d arrays in numpy's .npy format: little-endian float32 or float64, C
/// order, shape (N, D). Enough to exchange feature sets with Python tools.
/// </summary>
public static partial class NpyFile
{
    private static readonly byte[] Magic = [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    /// <summary>Reads an N x D float32 or float64 array.</summary>
    /// <param name="path">The .npy file.</param>
    /// <returns>A tensor [N, D] of the file's element type; the caller disposes it.</returns>
    /// <exception cref="DataFileException">The file is missing, not .npy, not a 2-d float32 or
    /// float64 C-order array, or shorter or longer than its header says.</exception>
    public static Tensor Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path)) throw new DataFileException(path, $"{path}: .npy file not found.");
        byte[] bytes = File.ReadAllBytes(path);
        try
        {
            return Parse(bytes);
        }
        catch (InvalidDataException e)
        {
            throw new DataFileException(path, $"{path}: {e.Message}", e);
        }
    }

    /// <summary>Writes a 2-d float32 or float64 tensor as a version 1.0 .npy file.</summary>
    /// <param name="path">The file to write; replaced if it exists.</param>
    /// <param name="values">The array [N, D].</param>
    /// <exception cref="ArgumentException">The tensor is not 2-d float32 or float64.</exception>
    public static void Write(string path, Tensor values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(values);
        if (values.dim() != 2 || values.dtype is not (ScalarType.Float32 or ScalarType.Float64))
        {
            throw new ArgumentException(
                $"Expected a 2-d float32 or float64 tensor, found {values.dtype} "
                + $"[{string.Join(", ", values.shape)}].", nameof(values));
        }

        string descr = values.dtype == ScalarType.Float32 ? "<f4" : "<f8";
        string header = string.Create(CultureInfo.InvariantCulture,
            $"{{'descr': '{descr}', 'fortran_order': False, "
            + $"'shape': ({values.shape[0]}, {values.shape[1]}), }}");
        int total = Magic.Length + 4 + header.Length + 1;
        header = header.PadRight(header.Length + (64 - total % 64) % 64) + "\n";

        using var contiguous = values.contiguous().cpu();
        using var file = File.Create(path);
        file.Write(Magic);
        file.Write([1, 0, (byte)(header.Length & 0xFF), (byte)(header.Length >> 8)]);
        file.Write(Encoding.ASCII.GetBytes(header));
        file.Write(contiguous.bytes);
    }

    private static Tensor Parse(byte[] bytes)
    {
        if (bytes.Length < 10 || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new InvalidDataException("expected a .npy file, found no \\x93NUMPY magic string");
        }
        byte major = bytes[6];
        int headerLength, start;
        if (major == 1)
        {
            headerLength = BitConverter.ToUInt16(bytes, 8);
            start = 10;
        }
        else if (major is 2 or 3 && bytes.Length >= 12)
        {
            headerLength = checked((int)BitConverter.ToUInt32(bytes, 8));
            start = 12;
        }
        else
        {
            throw new InvalidDataException($"expected .npy format version 1, 2 or 3, found {major}");
        }
        if (start + (long)headerLength > bytes.Length)
        {
            throw new InvalidDataException("the header is truncated");
        }
        string header = Encoding.Latin1.GetString(bytes, start, headerLength);

        var descr = DescrPattern().Match(header);
        var fortran = FortranPattern().Match(header);
        var shape = ShapePattern().Match(header);
        if (!descr.Success || !fortran.Success || !shape.Success)
        {
            throw new InvalidDataException(
                $"expected a header with descr, fortran_order and shape, found {header.Trim()}");
        }
        var type = descr.Groups[1].Value switch
        {
            "<f4" => ScalarType.Float32,
            "<f8" => ScalarType.Float64,
            var other => throw new InvalidDataException(
                $"expected little-endian float32 or float64 ('<f4' or '<f8'), found '{other}'"),
        };
        if (fortran.Groups[1].Value != "False")
        {
            throw new InvalidDataException("expected C order (fortran_order False), found Fortran order");
        }
        var split = StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries;
        long[] dims = [.. shape.Groups[1].Value.Split(',', split)
            .Select(d => long.Parse(d, CultureInfo.InvariantCulture))];
        if (dims.Length != 2)
        {
            throw new InvalidDataException(
                $"expected a 2-d array (N, D), found shape ({string.Join(", ", dims)})");
        }

        int size = type == ScalarType.Float32 ? 4 : 8;
        long dataStart = start + headerLength, expected = dims[0] * dims[1] * size;
        if (bytes.Length - dataStart != expected)
        {
            throw new InvalidDataException(
                $"expected {expected} data bytes for shape ({dims[0]}, {dims[1]}), "
                + $"found {bytes.Length - dataStart}");
        }
        var result = empty(dims, type);
        bytes.AsSpan((int)dataStart).CopyTo(result.bytes);
        return result;
    }

    [GeneratedRegex(@"'descr':\s*'([^']*)'")]
    private static partial Regex DescrPattern();

    [GeneratedRegex(@"'fortran_order':\s*(True|False)")]
    private static partial Regex FortranPattern();

    [GeneratedRegex(@"'shape':\s*\(([^)]*)\)")]
    private static partial Regex ShapePattern();
}
