using System.Text.Json;
using System.Text.Json.Serialization;

namespace Enforcement.Api.Hosting;

/// <summary>
/// Reads an enum only from one of its names, spelled exactly (<c>Township</c>), as the query strings do. The framework's
/// string converter also reads <c>township</c>, numbers-as-text and comma lists (<c>"Township,Bank"</c>, which it merges
/// into another member); here each is a malformed request. Writing is by name, as before.
/// </summary>
internal sealed class ExactEnumNames : JsonConverterFactory
{
    private readonly JsonStringEnumConverter _names = new(allowIntegerValues: false);

    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Exact<>).MakeGenericType(typeToConvert), _names.CreateConverter(typeToConvert, options))!;

    private sealed class Exact<T>(JsonConverter inner) : JsonConverter<T>
        where T : struct, Enum
    {
        private static readonly HashSet<string> Names = [.. Enum.GetNames<T>()];
        private readonly JsonConverter<T> _inner = (JsonConverter<T>)inner;

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String || !Names.Contains(reader.GetString()!))
            {
                throw new JsonException($"Expected one of: {string.Join(", ", Names)}.");
            }

            return _inner.Read(ref reader, typeToConvert, options);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _inner.Write(writer, value, options);
    }
}
