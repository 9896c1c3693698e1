// Checks an unpacked Teams app package (a folder holding manifest.json and what it names)
// against the official JSON schemas, offline.
//
//   node validate.mjs <folder>
//
// The schemas are the copies bundled in @microsoft/app-manifest (build/json-schemas/teams/vN),
// passed to AppManifestUtils.validateAgainstSchema explicitly, so the package never has to
// fetch a $schema URL; fetch itself is replaced by a function that throws, so a network call
// would fail the run instead of slipping through. Exit 0: valid; exit 1: the errors are printed.
//
// The localization file is checked by the same validator (ajv, draft-04, the package's options)
// with one option changed, see validateLocalization.
import { readFile, access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

globalThis.fetch = () => {
    throw new Error('validate.mjs works offline: something tried to fetch over the network');
};

const require = createRequire(import.meta.url);
const { AppManifestUtils } = require('@microsoft/app-manifest');
const AjvDraft04 = require('ajv-draft-04').default;
const addFormats = require('ajv-formats').default;
const packageDir = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
const packageVersion = require('@microsoft/app-manifest/package.json').version;

const SCHEMA_URL = 'https://developer.microsoft.com/json-schemas/teams/v%s/MicrosoftTeams.schema.json';
const LOCALIZATION_URL =
    'https://developer.microsoft.com/json-schemas/teams/v%s/MicrosoftTeams.Localization.schema.json';
const PLACEHOLDER_GUID = '00000000-0000-0000-0000-000000000000';

const errors = [];
const notes = [];

const folder = process.argv[2];
if (!folder) {
    console.error('usage: node validate.mjs <folder with manifest.json>');
    process.exit(2);
}

const manifestText = await readText('manifest.json');
const manifest = parseJson('manifest.json', manifestText);
if (manifest) {
    await checkManifest(manifest, manifestText);
}
report();

async function checkManifest(manifest, text) {
    const version = manifest.manifestVersion;
    const schema = await bundledSchema(version, 'MicrosoftTeams.schema.json');
    if (!schema) {
        return;
    }
    expectEqual('manifest.json: $schema', manifest.$schema, SCHEMA_URL.replace('%s', version));
    noPlaceholdersLeft('manifest.json', text);
    try {
        for (const failure of await AppManifestUtils.validateAgainstSchema(manifest, schema)) {
            errors.push(`manifest.json: ${failure}`);
        }
    } catch (e) {
        errors.push(`manifest.json: the validator failed: ${e.message}`);
    }
    // What Teams asks and this schema version leaves open.
    if (!/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(manifest.version ?? '')) {
        errors.push(`manifest.json: version ${JSON.stringify(manifest.version)} is not MAJOR.MINOR.PATCH`);
    }
    for (const [key, url] of Object.entries(manifest.developer ?? {})) {
        if (key.endsWith('Url') && !/^https:\/\/[^\s/]+/.test(url)) {
            errors.push(`manifest.json: developer.${key} ${JSON.stringify(url)} is not an https URL`);
        }
    }
    for (const domain of manifest.validDomains ?? []) {
        if (!/^(\*\.)?[A-Za-z0-9.-]+(:\d+)?$/.test(domain)) {
            errors.push(`manifest.json: validDomains holds ${JSON.stringify(domain)}, not a bare host name`);
        }
    }
    for (const icon of [manifest.icons?.color, manifest.icons?.outline]) {
        if (icon && !(await exists(icon))) {
            errors.push(`manifest.json names the icon ${icon}, which is not in the package`);
        }
    }
    console.log(`manifest.json: checked against Teams schema v${version} `
        + `(bundled in @microsoft/app-manifest ${packageVersion})`);
    for (const language of manifest.localizationInfo?.additionalLanguages ?? []) {
        await checkLocalization(manifest, version, language);
    }
    if (manifest.id === PLACEHOLDER_GUID || manifest.bots?.some((bot) => bot.botId === PLACEHOLDER_GUID)) {
        notes.push('the app id and/or bot id is the placeholder 00000000-...: fine for a test build, not for Teams');
    }
    if ((manifest.validDomains ?? []).some((domain) => domain.endsWith('example.org'))) {
        notes.push('validDomains still holds an example.org placeholder');
    }
}

async function checkLocalization(manifest, version, language) {
    const name = language.file;
    const text = await readText(name);
    const strings = parseJson(name, text);
    const schema = await bundledSchema(version, 'MicrosoftTeams.Localization.schema.json');
    if (!strings || !schema) {
        return;
    }
    expectEqual(`${name}: $schema`, strings.$schema, LOCALIZATION_URL.replace('%s', version));
    noPlaceholdersLeft(name, text);
    try {
        for (const failure of validateLocalization(strings, schema)) {
            errors.push(`${name}: ${failure}`);
        }
    } catch (e) {
        errors.push(`${name}: the validator failed: ${e.message}`);
    }
    // The schema checks the keys' shape; whether they point at something is ours to check.
    for (const key of Object.keys(strings).filter((key) => key !== '$schema')) {
        if (typeof lookUp(manifest, key) !== 'string') {
            errors.push(`${name}: "${key}" names no text in manifest.json`);
        }
    }
    for (const key of translatableKeys(manifest)) {
        if (!(key in strings)) {
            errors.push(`${name} (${language.languageTag}): no translation for "${key}"`);
        }
    }
    console.log(`${name}: checked against Teams localization schema v${version} (${language.languageTag})`);
}

/**
 * Validates as AppManifestUtils.validateAgainstSchema does (ajv with draft-04, allErrors,
 * strictTypes off, the uri/email/regex formats, the same message format), but compiles patterns
 * without the u flag: every localization schema bundled in @microsoft/app-manifest 1.1.2
 * (v1.19 to v1.30) has a pattern, ^activities.activityTypes\[\b(...)\b]\.description$, that
 * is no valid unicode regular expression ("Lone quantifier brackets"), so the package's own
 * function throws on it before it checks anything.
 */
function validateLocalization(strings, schema) {
    const ajv = new AjvDraft04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
    addFormats(ajv, ['uri', 'email', 'regex']);
    const validate = ajv.compile(schema);
    if (validate(strings)) {
        return [];
    }
    return validate.errors.map((error) =>
        `${error.instancePath} ${error.message ?? ''}. Details: ${JSON.stringify(error.params ?? {})}`);
}

/** The texts a user sees: names, descriptions, and every bot command's title and description. */
function translatableKeys(manifest) {
    const keys = ['name.short', 'name.full', 'description.short', 'description.full'];
    (manifest.bots?.[0]?.commandLists ?? []).forEach((list, i) => {
        (list.commands ?? []).forEach((command, j) => {
            keys.push(`bots[0].commandLists[${i}].commands[${j}].title`);
            if (command.description !== undefined) {
                keys.push(`bots[0].commandLists[${i}].commands[${j}].description`);
            }
        });
    });
    return keys;
}

/** Follows a localization key such as bots[0].commandLists[1].commands[2].title into the manifest. */
function lookUp(manifest, key) {
    return key.split(/\.|(?=\[)/).reduce((node, part) => {
        if (node === undefined || node === null) {
            return undefined;
        }
        const index = part.match(/^\[(\d+)\]$/);
        return index ? node[Number(index[1])] : node[part];
    }, manifest);
}

async function bundledSchema(version, file) {
    if (typeof version !== 'string') {
        errors.push('manifest.json: manifestVersion is missing');
        return undefined;
    }
    const schemaPath = path.join(packageDir, 'build', 'json-schemas', 'teams', `v${version}`, file);
    if (!(await exists(schemaPath, true))) {
        errors.push(`@microsoft/app-manifest ${packageVersion} bundles no ${file} for v${version}`);
        return undefined;
    }
    // The package itself replaces \a and \v before parsing its schemas; do the same.
    const raw = await readFile(schemaPath, 'utf8');
    return JSON.parse(raw.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
}

function noPlaceholdersLeft(name, text) {
    const left = text.match(/\$\{[^}]*\}/g);
    if (left) {
        errors.push(`${name}: unresolved placeholders ${[...new Set(left)].join(', ')}`);
    }
}

function expectEqual(what, actual, expected) {
    if (actual !== expected) {
        errors.push(`${what} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
    }
}

function parseJson(name, text) {
    if (text === undefined) {
        return undefined;
    }
    try {
        return JSON.parse(text);
    } catch (e) {
        errors.push(`${name}: not valid JSON: ${e.message}`);
        return undefined;
    }
}

async function readText(name) {
    try {
        return await readFile(path.join(folder, name), 'utf8');
    } catch (e) {
        errors.push(`${name}: cannot be read (${e.code ?? e.message})`);
        return undefined;
    }
}

async function exists(file, absolute = false) {
    try {
        await access(absolute ? file : path.join(folder, file));
        return true;
    } catch {
        return false;
    }
}

function report() {
    for (const note of notes) {
        console.log(`note: ${note}`);
    }
    if (errors.length > 0) {
        console.error(`The Teams app package in ${folder} is not valid (${errors.length} problems):`);
        for (const error of errors) {
            console.error(`  - ${error}`);
        }
        process.exit(1);
    }
    console.log('Teams app package: valid');
}
