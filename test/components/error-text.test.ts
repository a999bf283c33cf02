// errorText in English (the source locale): one distinct sentence per DamError code, the DAM's own
// words after it only where they help the user, and a plain sentence for anything that is not a DamError.
import { expect } from '@open-wc/testing';
import { DamError, type DamErrorCode } from '../../src/api/errors.js';
import { signInError } from '../../src/api/auth/sign-in-error.js';
import { errorText } from '../../src/components/error-text.js';

/** The DAM's words as errorText shows them: between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE. */
const isolated = (text: string): string => `\u2068${text}\u2069`;

// `satisfies` makes the compiler fail here when a code is added to DamErrorCode without a sentence.
const CODES = Object.keys({
  unauthorized: true,
  'sign-in-refused': true,
  'sign-in-failed': true,
  'popup-blocked': true,
  'rate-limited': true,
  'service-unavailable': true,
  'invalid-argument': true,
  configuration: true,
  forbidden: true,
  'not-found': true,
  network: true,
  'malformed-response': true,
  'invalid-config': true,
  'upload-not-allowed': true,
  'upload-refused': true,
  http: true,
} satisfies Record<DamErrorCode, true>) as DamErrorCode[];

describe('errorText', () => {
  it('gives every code its own sentence, never the English message', () => {
    const sentences = CODES.map((code) => errorText(new DamError(code, `developer message for ${code}`)));
    for (const [index, sentence] of sentences.entries()) {
      expect(sentence, CODES[index]).to.match(/^[A-Z].+\.$/);
      expect(sentence, CODES[index]).not.to.contain('developer message');
    }
    expect(new Set(sentences).size).to.equal(CODES.length);
  });

  it('says what happened and what to do', () => {
    expect(errorText(new DamError('rate-limited', 'HTTP 429'))).to.equal('Too many requests. Wait a moment and try again.');
    expect(errorText(new DamError('network', 'Failed to fetch'))).to.equal('The DAM could not be reached. Check your connection and try again.');
    expect(errorText(new DamError('service-unavailable', 'Service not available', { detail: 'Service not available' }))).to.equal(
      'The DAM is not available right now. Try again in a few minutes.',
    );
  });

  it("appends the DAM's own words where they help the user, isolated from the sentence's direction", () => {
    const detail = 'Files of type .exe can not be imported for security reasons.';
    expect(errorText(new DamError('upload-refused', detail, { detail }))).to.equal(`The DAM refused the file: ${isolated(detail)}`);
    expect(errorText(new DamError('invalid-argument', 'Unknown brandId.', { detail: 'Unknown brandId.' }))).to.equal(
      `The DAM did not accept the request: ${isolated('Unknown brandId.')}`,
    );
    expect(errorText(new DamError('forbidden', 'No access', { detail: 'No access to this folder' }))).to.equal(
      `You do not have permission to do this: ${isolated('No access to this folder')}`,
    );
    expect(errorText(new DamError('http', 'HTTP 418', { detail: 'I am a teapot' }))).to.equal(`The DAM reported an error: ${isolated('I am a teapot')}`);
  });

  it('tells the sign-in cases apart: refused, window closed, failed', () => {
    expect(errorText(signInError({ error: 'access_denied', error_description: 'User denied access' }))).to.equal(
      `Sign-in was refused: ${isolated('User denied access')}`,
    );
    expect(errorText(signInError({ error: 'access_denied' }))).to.equal('Sign-in was refused. Ask your DAM administrator for access.');
    expect(errorText(signInError(new Error('Popup closed by user')))).to.equal(
      'The sign-in window was closed before sign-in finished. Sign in again to continue.',
    );
    expect(errorText(signInError({ error: 'invalid_client', error_description: 'Unknown client' }))).to.equal(
      `Sign-in did not complete: ${isolated('Unknown client')}`,
    );
    // oidc-client-ts's own failures are for developers: the message keeps them, the user gets the sentence.
    const internal = signInError(new Error('No matching state found in storage'));
    expect(internal.message).to.equal('Sign-in failed: No matching state found in storage');
    expect(errorText(internal)).to.equal('Sign-in did not complete. Try again.');
  });

  it('keeps the English message for developers', () => {
    const error = signInError({ error: 'access_denied', error_description: 'User denied access' });
    expect(error.message).to.equal('Sign-in was refused: User denied access');
    expect(error.detail).to.equal('User denied access');
  });

  it('says only "Something went wrong." for anything else', () => {
    expect(errorText(new Error('TypeError: x is undefined'))).to.equal('Something went wrong.');
    expect(errorText('a string')).to.equal('Something went wrong.');
    expect(errorText(undefined)).to.equal('Something went wrong.');
  });
});
