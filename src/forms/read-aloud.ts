/**
 * Read-aloud with the device's own voices (`speechSynthesis`): offered only when the device has a
 * voice for the language, so there is never a button that does nothing. Voices often arrive
 * after the page loaded (`voiceschanged`), so the host re-renders when they do.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { primaryLanguage } from '../i18n/languages.ts';

const synthesis = (): SpeechSynthesis | undefined =>
  typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;

/** "ar_SA" / "ar-SA" / "ar" → "ar". */
const voicePrimary = (voice: SpeechSynthesisVoice): string =>
  (voice.lang.toLowerCase().split(/[-_]/)[0] ?? '').trim();

/** Offers the device's voices to a Lit host and speaks texts. */
export class ReadAloudController implements ReactiveController {
  /** True while this host's text is being spoken. */
  speaking = false;

  private readonly update = (): void => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Listens for voices that arrive late. */
  hostConnected(): void {
    synthesis()?.addEventListener('voiceschanged', this.update);
  }

  /** Stops listening and stops speaking. */
  hostDisconnected(): void {
    synthesis()?.removeEventListener('voiceschanged', this.update);
    if (this.speaking) synthesis()?.cancel();
  }

  /** The device's voice for a language (its default voice first), if it has one. */
  voiceFor(lang: string): SpeechSynthesisVoice | undefined {
    const wanted = primaryLanguage(lang).toLowerCase();
    const voices = synthesis()?.getVoices() ?? [];
    const matching = voices.filter((voice) => voicePrimary(voice) === wanted);
    return matching.find((voice) => voice.default) ?? matching[0];
  }

  /** Speaks a text in a language (stopping what was spoken before); false without a voice. */
  speak(text: string, lang: string): boolean {
    const engine = synthesis();
    const voice = this.voiceFor(lang);
    if (!engine || !voice) return false;
    engine.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onend = utterance.onerror = () => {
      this.speaking = false;
      this.update();
    };
    this.speaking = true;
    engine.speak(utterance);
    this.update();
    return true;
  }

  /** Stops speaking. */
  stop(): void {
    synthesis()?.cancel();
    this.speaking = false;
    this.update();
  }
}
