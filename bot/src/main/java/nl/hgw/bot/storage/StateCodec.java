package nl.hgw.bot.storage;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.jsontype.PolymorphicTypeValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Turns bot state objects into JSON text and back (and reads the BSON documents earlier
 * versions stored). Like the SDK's
 * {@code MemoryStorage}, values of type {@code Object} (the entries of a state map, dialog
 * options, an activity's value) carry their Java class, so a dialog continues with the
 * same objects after a restart. Only classes of the SDK, of this project, of the JDK's
 * collections and Jackson trees may be named: the database cannot make us load anything else.
 */
final class StateCodec {

    static final List<String> ALLOWED_PACKAGES = List.of("com.microsoft.bot.", "nl.hgw.", "java.util.",
        "java.lang.", "java.time.", "com.fasterxml.jackson.databind.node.");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper mapper;

    StateCodec() {
        BasicPolymorphicTypeValidator.Builder types = BasicPolymorphicTypeValidator.builder().allowIfSubTypeIsArray();
        ALLOWED_PACKAGES.forEach(types::allowIfSubType);
        PolymorphicTypeValidator validator = types.build();
        mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false)
            .findAndRegisterModules();
        mapper.activateDefaultTyping(validator, ObjectMapper.DefaultTyping.OBJECT_AND_NON_CONCRETE,
            JsonTypeInfo.As.WRAPPER_ARRAY);
    }

    /** The state as JSON text, without the {@code eTag} field (the storage keeps that itself). */
    String encode(Object value) {
        JsonNode tree = mapper.valueToTree(value);
        if (!(tree instanceof ObjectNode object)) {
            throw new IllegalArgumentException("State must be an object or a map, not " + value.getClass().getName());
        }
        object.remove(MongoStorage.ETAG);
        try {
            return mapper.writeValueAsString(object);
        } catch (IOException e) {
            throw new UncheckedIOException("State of class " + value.getClass().getName() + " cannot be written", e);
        }
    }

    /** The object of the named class that {@link #encode} stored. */
    Object decode(String className, String state) {
        Class<?> type = allowedClass(className);
        try {
            return mapper.readValue(state, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored state of class " + className + " cannot be read", e);
        }
    }

    /** State stored as a document, as versions before JSON text stored it. */
    Object decode(String className, BsonDocument state) {
        Class<?> type = allowedClass(className);
        try {
            return mapper.treeToValue(toJson(state), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored state of class " + className + " cannot be read", e);
        }
    }

    private static Class<?> allowedClass(String className) {
        if (className == null || ALLOWED_PACKAGES.stream().noneMatch(className::startsWith)) {
            throw new IllegalStateException("Stored state names a class that may not be loaded: " + className);
        }
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Stored state names an unknown class: " + className, e);
        }
    }

    private static JsonNode toJson(BsonValue value) {
        return switch (value.getBsonType()) {
            case DOCUMENT -> {
                ObjectNode object = NODES.objectNode();
                value.asDocument().forEach((name, field) -> object.set(name, toJson(field)));
                yield object;
            }
            case ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                value.asArray().forEach(element -> array.add(toJson(element)));
                yield array;
            }
            case STRING -> NODES.textNode(value.asString().getValue());
            case BOOLEAN -> NODES.booleanNode(value.asBoolean().getValue());
            case INT32 -> NODES.numberNode(value.asInt32().getValue());
            case INT64 -> NODES.numberNode(value.asInt64().getValue());
            case DOUBLE -> NODES.numberNode(value.asDouble().getValue());
            case DECIMAL128 -> NODES.numberNode(value.asDecimal128().getValue().bigDecimalValue());
            case BINARY -> NODES.binaryNode(value.asBinary().getData());
            case DATE_TIME -> NODES.numberNode(value.asDateTime().getValue());
            default -> NODES.nullNode();
        };
    }
}
