/**
 * A message whose texts are rendered when first read, so a delivery renders only what its channel
 * uses: an SMS never formats the title and body, an in-app notification never fits an SMS (measuring
 * SMS segments was the largest single cost of rendering). The texts are exactly renderNotification's.
 */
import type { NotificationChannel, NotificationLocale, NotificationType } from '@jumush/contracts';
import { TEMPLATES, formatMessage, renderSms, type TemplateParams } from '@jumush/server/notifications';
import type { OutgoingMessage } from './channels/channel-adapter';

/** Everything about a message but its texts. */
export type MessageEnvelope = Omit<OutgoingMessage, 'title' | 'body' | 'sms'>;

export class RenderedMessage implements OutgoingMessage {
  readonly deliveryId: string;
  readonly outboxId: string;
  readonly accountId: string | null;
  readonly channel: NotificationChannel;
  readonly address: string;
  readonly type: NotificationType;
  readonly locale: NotificationLocale;
  readonly link: string | null;
  readonly idempotencyKey: string;
  readonly checkInId: string | null;
  private renderedTitle?: string;
  private renderedBody?: string;
  private renderedSms?: string;

  constructor(
    envelope: MessageEnvelope,
    private readonly params: TemplateParams,
  ) {
    ({
      deliveryId: this.deliveryId,
      outboxId: this.outboxId,
      accountId: this.accountId,
      channel: this.channel,
      address: this.address,
      type: this.type,
      locale: this.locale,
      link: this.link,
      idempotencyKey: this.idempotencyKey,
    } = envelope);
    this.checkInId = envelope.checkInId ?? null;
  }

  private get template() {
    return TEMPLATES[this.locale][this.type];
  }

  get title(): string {
    return (this.renderedTitle ??= formatMessage(this.template.title, this.locale, this.params));
  }

  get body(): string {
    return (this.renderedBody ??= formatMessage(this.template.body, this.locale, this.params));
  }

  get sms(): string {
    return (this.renderedSms ??= renderSms(this.template.sms, this.locale, this.params));
  }

  /** A plain object with every text rendered (logs, tests). */
  toJSON(): OutgoingMessage {
    const { deliveryId, outboxId, accountId, channel, address, type, locale, title, body, sms, link, idempotencyKey } = this;
    return { deliveryId, outboxId, accountId, channel, address, type, locale, title, body, sms, link, idempotencyKey };
  }
}
