namespace Enforcement.Infrastructure.Persistence;

/// <summary>A value the system keeps about itself between starts, by key (e.g. what the stored deadlines were counted with).</summary>
public sealed class StoredSetting
{
    private StoredSetting()
    {
    }

    public StoredSetting(string key, string value)
    {
        Key = key;
        Value = value;
    }

    public const int MaxKeyLength = 100;
    public const int MaxValueLength = 500;

    public string Key { get; private set; } = "";

    public string Value { get; set; } = "";
}
