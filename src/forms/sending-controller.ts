import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OutboxRow } from '../db/database.ts';
import type { SubmissionProblem } from '../worker/api.ts';
import { OUTBOX_CHANGED, outboxItem, submitDraft } from '../sync/outbox-client.ts';

/**
 * A draft's way to the office, for the screen that shows it: its outbox item (waiting, sending
 * with progress, sent with the reference number) kept fresh whatever drainer moves it, and why the
 * last "send" could not queue it.
 */
export class SendingController implements ReactiveController {
  /** The draft's outbox item once it was handed over for sending. */
  item: OutboxRow | undefined;
  /** Why the last "send" could not queue the application (no office key yet, …), or null. */
  problem: SubmissionProblem | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The id of the draft the host shows now. */
    private readonly draftId: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener(OUTBOX_CHANGED, this.onChange);
  }

  hostDisconnected(): void {
    window.removeEventListener(OUTBOX_CHANGED, this.onChange);
  }

  /** Reads the item of draft `id` (after the host loaded another draft). */
  async load(id: string): Promise<void> {
    const item = await outboxItem(id);
    if (id !== this.draftId()) return;
    this.item = item;
    this.host.requestUpdate();
  }

  /** Queues the draft and tries to send it at once. */
  async send(): Promise<void> {
    this.problem = await submitDraft(this.draftId());
    this.host.requestUpdate();
  }

  private readonly onChange = (): void => {
    void this.load(this.draftId());
  };
}
