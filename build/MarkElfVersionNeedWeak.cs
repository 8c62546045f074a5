using System;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

/// <summary>
/// Sets VER_FLG_WEAK on one version need of a 64-bit little-endian ELF shared object, so that the
/// dynamic loader accepts the file when that version is missing. Does nothing when the flag is
/// already set or the version is not needed.
/// </summary>
public sealed class MarkElfVersionNeedWeak : Task
{
    private const uint VersionNeedSection = 0x6ffffffe; // SHT_GNU_verneed
    private const ushort WeakFlag = 0x2; // VER_FLG_WEAK

    [Required] public string File { get; set; } = "";

    [Required] public string Version { get; set; } = "";

    public override bool Execute()
    {
        byte[] elf = System.IO.File.ReadAllBytes(File);
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[4] != 2 || elf[5] != 1)
        {
            Log.LogWarning("{0} is not a 64-bit little-endian ELF file; left unchanged.", File);
            return true;
        }

        long sectionTable = BitConverter.ToInt64(elf, 0x28);
        int entrySize = BitConverter.ToUInt16(elf, 0x3A);
        int count = BitConverter.ToUInt16(elf, 0x3C);
        for (int s = 0; s < count; s++)
        {
            long header = sectionTable + (long)s * entrySize;
            if (BitConverter.ToUInt32(elf, (int)header + 4) != VersionNeedSection) continue;

            long offset = BitConverter.ToInt64(elf, (int)header + 0x18);
            int link = (int)BitConverter.ToUInt32(elf, (int)header + 0x28);
            int needs = (int)BitConverter.ToUInt32(elf, (int)header + 0x2C);
            long strings = BitConverter.ToInt64(elf, (int)(sectionTable + (long)link * entrySize) + 0x18);
            return MarkNeed(elf, offset, needs, strings);
        }

        Log.LogMessage(MessageImportance.Low, "{0} has no version needs; left unchanged.", File);
        return true;
    }

    private bool MarkNeed(byte[] elf, long offset, int needs, long strings)
    {
        long need = offset;
        for (int n = 0; n < needs; n++)
        {
            int auxCount = BitConverter.ToUInt16(elf, (int)need + 2);
            long aux = need + BitConverter.ToUInt32(elf, (int)need + 8);
            for (int a = 0; a < auxCount; a++)
            {
                int flagsAt = (int)aux + 4;
                string name = ReadString(elf, strings + BitConverter.ToUInt32(elf, (int)aux + 8));
                ushort flags = BitConverter.ToUInt16(elf, flagsAt);
                if (name == Version && (flags & WeakFlag) == 0)
                {
                    using (var stream = new FileStream(File, FileMode.Open, FileAccess.Write))
                    {
                        stream.Position = flagsAt;
                        stream.Write(BitConverter.GetBytes((ushort)(flags | WeakFlag)), 0, 2);
                    }
                    Log.LogMessage(MessageImportance.High, "Marked {0} weak in {1}.", Version, File);
                }
                aux += BitConverter.ToUInt32(elf, (int)aux + 12);
            }
            need += BitConverter.ToUInt32(elf, (int)need + 12);
        }
        return true;
    }

    private static string ReadString(byte[] elf, long at)
    {
        int end = (int)at;
        while (elf[end] != 0) end++;
        return Encoding.ASCII.GetString(elf, (int)at, end - (int)at);
    }
}
