/** The QR code is shared UI now (handouts and the webinar sheet print it too); kept here for the deck's imports. */
export { QrCode } from '../../ui/QrCode';
