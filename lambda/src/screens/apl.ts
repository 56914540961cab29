/**
 * The layouts every screen shares, and the frame of a document: a dark page with a heading over one body.
 * Each conversation's screen.ts writes its own document's body from these and fills its one datasource,
 * `screen` (https://developer.amazon.com/docs/alexa-presentation-language/apl-data-source.html: a datasource
 * is bound by naming it in mainTemplate.parameters).
 *
 * APL 1.4: the newest version the web viewhost that renders them in the tests speaks (apl-viewhost-web 1.4.0,
 * the last release that ships its renderer in the npm package); every Echo Show runs documents of an older
 * version as written ([unconfirmed]: backward compatibility as stated in the APL versioning docs, not re-read).
 */
import type { AplDocument } from '../alexa/output';

export const APL_VERSION = '1.4';

/** What a touched row of a deal table sends: `['openDeal', position]`, the position as "the second one" means it. */
export const OPEN_DEAL = 'openDeal';

const TEXT = '#F4F6F8';
const MUTED = '#9AA7B4';
const BACKGROUND = '#0E1B26';
const RULE = '#2A3B4A';

/**
 * A row of cells; the table's header and its rows give each column the same share of the width (flex weights from a zero
 * basis, so the columns line up whatever the text).
 */
const COLUMNS = [
  { key: 'name', share: 30 },
  { key: 'account', share: 22 },
  { key: 'amount', share: 16, align: 'right' },
  { key: 'stage', share: 17 },
  { key: 'closeDate', share: 15 },
] as const;

function cells(source: string, color: string, bold: boolean): unknown[] {
  return COLUMNS.map((c) => ({
    type: 'Text',
    text: `\${${source}.${c.key}}`,
    width: 0,
    grow: c.share,
    paddingLeft: 12,
    paddingRight: 12,
    fontSize: 22,
    fontWeight: bold ? 'bold' : 'normal',
    color,
    maxLines: 2,
    textAlign: 'align' in c ? c.align : 'left',
  }));
}

const LAYOUTS = {
  /** The title of the screen and a line under it (whose deals, which period). */
  Heading: {
    parameters: ['title', 'subtitle'],
    items: [
      {
        type: 'Container',
        paddingBottom: 16,
        items: [
          { type: 'Text', text: '${title}', fontSize: 34, fontWeight: 'bold', color: TEXT, maxLines: 1 },
          { type: 'Text', text: '${subtitle}', fontSize: 22, color: MUTED, maxLines: 1 },
        ],
      },
    ],
  },
  /** Deals as a table; touching a row opens that deal. */
  DealTable: {
    parameters: ['columns', 'rows'],
    items: [
      {
        type: 'Container',
        items: [
          { type: 'Container', direction: 'row', paddingBottom: 8, items: cells('columns', MUTED, true) },
          { type: 'Frame', height: 1, backgroundColor: RULE },
          {
            type: 'Sequence',
            grow: 1,
            data: '${rows}',
            items: [
              {
                type: 'TouchWrapper',
                onPress: [{ type: 'SendEvent', arguments: [OPEN_DEAL, '${data.position}'] }],
                items: [
                  {
                    type: 'Container',
                    direction: 'row',
                    paddingTop: 14,
                    paddingBottom: 14,
                    items: cells('data', TEXT, false),
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  /** Label and value, one pair a line. */
  FieldList: {
    parameters: ['fields'],
    items: [
      {
        type: 'Sequence',
        data: '${fields}',
        items: [
          {
            type: 'Container',
            direction: 'row',
            paddingTop: 10,
            paddingBottom: 10,
            items: [
              { type: 'Text', text: '${data.label}', width: 0, grow: 3, fontSize: 22, color: MUTED },
              { type: 'Text', text: '${data.value}', width: 0, grow: 7, fontSize: 24, color: TEXT, maxLines: 3 },
            ],
          },
        ],
      },
    ],
  },
  /** Horizontal bars: a label, the bar at `percent` of the widest, the figure. */
  BarChart: {
    parameters: ['bars'],
    items: [
      {
        type: 'Container',
        data: '${bars}',
        items: [
          {
            type: 'Container',
            direction: 'row',
            alignItems: 'center',
            paddingTop: 10,
            paddingBottom: 10,
            items: [
              { type: 'Text', text: '${data.label}', width: 0, grow: 22, fontSize: 24, color: TEXT, maxLines: 1 },
              {
                type: 'Container',
                width: 0,
                grow: 50,
                height: 36,
                items: [{ type: 'Frame', width: '${data.percent}%', height: 36, backgroundColor: '${data.color}' }],
              },
              { type: 'Text', text: '${data.value}', width: 0, grow: 28, paddingLeft: 16, fontSize: 22, color: TEXT, maxLines: 1 },
            ],
          },
        ],
      },
    ],
  },
};

/** Colours of bars: forecast categories from most to least sure, and won or lost. */
export const BAR_COLORS = { strong: '#3FB57F', middle: '#E8B339', weak: '#4F8FD6', muted: '#6B7A88', lost: '#D9534F' } as const;

/** A whole document: the page, the heading from `screen.title` and `screen.subtitle`, then `body`. */
export function screenDocument(body: readonly object[]): AplDocument {
  return {
    type: 'APL',
    version: APL_VERSION,
    theme: 'dark',
    layouts: LAYOUTS,
    mainTemplate: {
      parameters: ['screen'],
      items: [
        {
          type: 'Frame',
          width: '100vw',
          height: '100vh',
          backgroundColor: BACKGROUND,
          items: [
            {
              type: 'Container',
              width: '100vw',
              height: '100vh',
              paddingLeft: 40,
              paddingRight: 40,
              paddingTop: 28,
              paddingBottom: 20,
              items: [{ type: 'Heading', title: '${screen.title}', subtitle: '${screen.subtitle}' }, ...body],
            },
          ],
        },
      ],
    },
  };
}
