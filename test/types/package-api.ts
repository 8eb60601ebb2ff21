// Type test: compiled by `npm run test:types` (tsc), never run. Each @ts-expect-error line must
// fail to compile, or tsc reports the directive as unused.
import 'vrop-widgets';
import type {
  ContactErrorDetail,
  ContactFields,
  ContactLayout,
  DataErrorDetail,
  DataErrorReason,
  DistrictLayout,
  LinkClickDetail,
  LinkKind,
  StatsLayout,
  Theme,
} from 'vrop-widgets';
import { VropContact, VropDistrictList, VropMission, VropStats } from 'vrop-widgets';
// Each widget's subpath carries its class and the detail types of its events.
import type { ContactFields as FieldsFromSubpath, VropContact as ContactFromSubpath } from 'vrop-widgets/contact';
import type { DataErrorDetail as DetailFromSubpath } from 'vrop-widgets/stats';
import type { DistrictLayout as LayoutFromSubpath } from 'vrop-widgets/district-list';
import type { VropMission as MissionFromSubpath } from 'vrop-widgets/mission';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(value: T) => value;

// Tags: the tag name map gives each element its class.
const stats = document.querySelector('vrop-stats');
assertType<Equal<typeof stats, VropStats | null>>(true);
assertType<Equal<HTMLElementTagNameMap['vrop-mission'], VropMission>>(true);
assertType<Equal<HTMLElementTagNameMap['vrop-district-list'], VropDistrictList>>(true);
const contact = document.createElement('vrop-contact');
assertType<Equal<typeof contact, VropContact>>(true);
assertType<Equal<typeof contact, ContactFromSubpath>>(true);
assertType<Equal<MissionFromSubpath, VropMission>>(true);
const unknownTag = document.querySelector('vrop-statistics');
// @ts-expect-error: no such tag, so a plain Element
const notStats: VropStats | null = unknownTag;
void notStats;

// Attribute values: the unions, not `string`.
assertType<Equal<Theme, 'light' | 'dark' | 'auto'>>(true);
assertType<Equal<StatsLayout, 'row' | 'grid'>>(true);
assertType<Equal<ContactLayout, 'banner' | 'card'>>(true);
assertType<Equal<DistrictLayout, 'list' | 'grid' | 'inline'>>(true);
assertType<Equal<DistrictLayout, LayoutFromSubpath>>(true);
assertType<Equal<VropStats['layout'], StatsLayout>>(true);
assertType<Equal<VropContact['layout'], ContactLayout>>(true);
assertType<Equal<VropDistrictList['layout'], DistrictLayout>>(true);
assertType<Equal<VropMission['theme'], Theme>>(true);
contact.layout = 'card';
contact.theme = 'auto';
// @ts-expect-error: not a layout of <vrop-contact>
contact.layout = 'grid';
// @ts-expect-error: not a theme
contact.theme = 'sepia';
const list = new VropDistrictList();
list.layout = 'inline';
// @ts-expect-error: not a layout of <vrop-district-list>
list.layout = 'card';
if (stats) {
  stats.layout = 'grid';
  // @ts-expect-error: not a layout of <vrop-stats>
  stats.layout = 'diagonal';
}

// Events: every one is a CustomEvent with its detail type, on every element.
contact.addEventListener('vrop-contact-submit', (event) => {
  assertType<Equal<typeof event, CustomEvent<ContactFields>>>(true);
  assertType<Equal<ContactFields, FieldsFromSubpath>>(true);
  event.preventDefault();
  const email: string = event.detail.email;
  // @ts-expect-error: not a field of the form
  void event.detail.subject;
  void email;
});
contact.addEventListener('vrop-contact-sent', (event) => {
  assertType<Equal<typeof event.detail, ContactFields>>(true);
  void event;
});
contact.addEventListener('vrop-contact-error', (event) => {
  assertType<Equal<typeof event.detail, ContactErrorDetail>>(true);
  assertType<Equal<ContactErrorDetail['reason'], 'network' | 'status' | 'timeout'>>(true);
  const status: number | undefined = event.detail.status;
  void status;
  // @ts-expect-error: not a reason sending gives
  if (event.detail.reason === 'offline') return;
});
document.body.addEventListener('vrop-data-error', (event) => {
  assertType<Equal<typeof event.detail, DataErrorDetail>>(true);
  assertType<Equal<DataErrorDetail, DetailFromSubpath>>(true);
  assertType<Equal<typeof event.detail.reason, DataErrorReason>>(true);
  const url: string = event.detail.url;
  void url;
  // @ts-expect-error: not a reason a data file is refused for
  if (event.detail.reason === 'forbidden') return;
});
stats?.addEventListener('vrop-link-click', (event) => {
  assertType<Equal<typeof event.detail, LinkClickDetail>>(true);
  assertType<Equal<typeof event.detail.kind, LinkKind>>(true);
  const href: string = event.detail.href;
  void href;
});
contact.addEventListener('vrop-contact-sent', (event) => {
  // @ts-expect-error: the detail is the fields, not a number
  const count: number = event.detail;
  void count;
});
// A listener typed for another event's detail does not fit.
// @ts-expect-error: vrop-data-error's detail is no ContactFields
contact.addEventListener('vrop-data-error', (event: CustomEvent<ContactFields>) => void event);
