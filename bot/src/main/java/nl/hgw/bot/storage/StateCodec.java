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
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBoolean;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.types.Decimal128;

/**
 * Turns bot state objects into JSON text, or into a tree of BSON documents as versions before
 * 2026-11-25 stored them ({@code HGW_STATE_FORMAT=document}), and back. Like the SDK's
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
        ObjectNode tree = tree(value);
        try {
            return mapper.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException("State of class " + value.getClass().getName() + " cannot be written", e);
        }
    }

    /** The state as a tree of BSON documents, as versions before 2026-11-25 stored it. */
    BsonDocument encodeDocument(Object value) {
        return (BsonDocument) toBson(tree(value));
    }

    /** State stored as JSON text, as such a tree of documents. */
    BsonDocument toDocument(String state) {
        try {
            return (BsonDocument) toBson(mapper.readTree(state));
        } catch (IOException e) {
            throw new UncheckedIOException("Stored state cannot be read", e);
        }
    }

    private ObjectNode tree(Object value) {
        JsonNode tree = mapper.valueToTree(value);
        if (!(tree instanceof ObjectNode object)) {
            throw new IllegalArgumentException("State must be an object or a map, not " + value.getClass().getName());
        }
        object.remove(MongoStorage.ETAG);
        return object;
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

    /** State stored as a document ({@link #encodeDocument}). */
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
            return Class.forName(className, false, StateCodec.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Stored state names an unknown class: " + className, e);
        }
    }

    private static BsonValue toBson(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> {
                BsonDocument document = new BsonDocument();
                node.properties().forEach(field -> document.append(field.getKey(), toBson(field.getValue())));
                yield document;
            }
            case ARRAY -> {
                BsonArray array = new BsonArray();
                node.forEach(element -> array.add(toBson(element)));
                yield array;
            }
            case STRING -> new BsonString(node.textValue());
            case BOOLEAN -> BsonBoolean.valueOf(node.booleanValue());
            case NUMBER -> number(node);
            case BINARY -> new BsonBinary(binary(node));
            case NULL, MISSING -> BsonNull.VALUE;
            case POJO -> throw new IllegalArgumentException("Unexpected object in state tree");
        };
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

    private static BsonValue number(JsonNode node) {
        if (node.isInt() || node.isShort()) {
            return new BsonInt32(node.intValue());
        }
        if (node.isLong()) {
            return new BsonInt64(node.longValue());
        }
        if (node.isBigDecimal() || node.isBigInteger()) {
            return new BsonDecimal128(new Decimal128(node.decimalValue()));
        }
        return new BsonDouble(node.doubleValue());
    }

    private static byte[] binary(JsonNode node) {
        try {
            return node.binaryValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
