import { describe, expect, it } from 'vitest';
import { LOCAL_SKILL_ID } from '../../lambda/skill';
import { ConfigError, parseServerConfig } from '../../server/config';

const SKILL_ID = 'amzn1.ask.skill.12345678-90ab-4cde-8f01-234567890abc';

describe('parseServerConfig', () => {
  it('binds loopback on port 3000 with verification on by default', () => {
    expect(parseServerConfig({ SKILL_ID }, [])).toEqual({
      port: 3000,
      host: '127.0.0.1',
      skillId: SKILL_ID,
      devInsecure: false,
      prefetchCertificate: true,
    });
  });

  it('fetches no certificate at start-up with CERT_PREFETCH=off, or in development mode', () => {
    expect(parseServerConfig({ SKILL_ID, CERT_PREFETCH: 'off' }, [])).toMatchObject({
      prefetchCertificate: false,
    });
    expect(parseServerConfig({}, ['--dev-insecure'])).toMatchObject({
      prefetchCertificate: false,
    });
    expect(() => parseServerConfig({ SKILL_ID, CERT_PREFETCH: 'no' }, [])).toThrow(ConfigError);
  });

  it('reads PORT and HOST', () => {
    const config = parseServerConfig({ SKILL_ID, PORT: '8443', HOST: '0.0.0.0' }, []);
    expect(config).toMatchObject({ port: 8443, host: '0.0.0.0' });
  });

  it.each(['-1', '65536', '80.5', 'http'])('rejects PORT=%s', (port) => {
    expect(() => parseServerConfig({ SKILL_ID, PORT: port }, [])).toThrow(ConfigError);
  });

  it('requires SKILL_ID when verifying', () => {
    expect(() => parseServerConfig({}, [])).toThrow(/SKILL_ID is required/);
    expect(() => parseServerConfig({ SKILL_ID: '' }, [])).toThrow(/SKILL_ID is required/);
  });

  it('rejects a SKILL_ID that is not a skill id', () => {
    expect(() => parseServerConfig({ SKILL_ID: 'my-skill' }, [])).toThrow(ConfigError);
  });

  it.each([
    ['36 dashes', `amzn1.ask.skill.${'-'.repeat(36)}`],
    ['upper-case hex', 'amzn1.ask.skill.12345678-90AB-4CDE-8F01-234567890ABC'],
  ])('rejects a SKILL_ID that is not a UUID (%s), as the Lambda entry and CDK do', (_, id) => {
    expect(() => parseServerConfig({ SKILL_ID: id }, [])).toThrow(ConfigError);
  });

  it('turns verification off with --dev-insecure and falls back to the local skill id', () => {
    expect(parseServerConfig({}, ['--dev-insecure'])).toMatchObject({
      devInsecure: true,
      skillId: LOCAL_SKILL_ID,
    });
  });

  it('turns verification off with ALEXA_SKIP_VERIFICATION=I_UNDERSTAND, keeping a given SKILL_ID', () => {
    expect(parseServerConfig({ SKILL_ID, ALEXA_SKIP_VERIFICATION: 'I_UNDERSTAND' }, [])).toEqual(
      expect.objectContaining({ devInsecure: true, skillId: SKILL_ID }),
    );
  });

  it.each(['127.0.0.1', '::1', 'localhost', 'LOCALHOST'])(
    'allows development mode on the loopback host %s',
    (host) => {
      expect(parseServerConfig({ HOST: host }, ['--dev-insecure'])).toMatchObject({
        devInsecure: true,
        host,
      });
    },
  );

  it.each([
    ['0.0.0.0', ['--dev-insecure'], {}],
    ['::', ['--dev-insecure'], {}],
    ['192.168.1.20', ['--dev-insecure'], {}],
    ['127.0.0.1.example.com', ['--dev-insecure'], {}],
    ['0.0.0.0', [], { ALEXA_SKIP_VERIFICATION: 'I_UNDERSTAND' }],
  ])('refuses development mode on the non-loopback host %s', (host, args, env) => {
    expect(() => parseServerConfig({ ...env, HOST: host }, args)).toThrow(ConfigError);
    expect(() => parseServerConfig({ ...env, HOST: host }, args)).toThrow(
      /verification off is only allowed on a loopback HOST/,
    );
  });

  it.each(['true', '1', 'yes', 'i_understand'])(
    'refuses to start with ALEXA_SKIP_VERIFICATION=%s rather than guess',
    (value) => {
      expect(() => parseServerConfig({ SKILL_ID, ALEXA_SKIP_VERIFICATION: value }, [])).toThrow(
        /ALEXA_SKIP_VERIFICATION accepts only I_UNDERSTAND/,
      );
    },
  );

  it.each([['--insecure'], ['--no-verify'], ['--dev-insecure=false'], ['serve']])(
    'refuses the unknown argument %s',
    (argument) => {
      expect(() => parseServerConfig({ SKILL_ID }, [argument])).toThrow(/only accepted argument/);
    },
  );
});
