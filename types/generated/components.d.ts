import type { Schema, Struct } from '@strapi/strapi';

export interface CampaignTarget extends Struct.ComponentSchema {
  collectionName: 'components_campaign_targets';
  info: {
    description: 'Ch\u1EC9 ti\u00EAu tuy\u00EAn truy\u1EC1n theo k\u00EAnh';
    displayName: 'Ch\u1EC9 ti\u00EAu';
    icon: 'chartBubble';
  };
  attributes: {
    channel: Schema.Attribute.Enumeration<
      [
        'newspaper',
        'television',
        'radio',
        'loudspeaker',
        'web_portal',
        'social_media',
        'zalo',
        'leaflet',
        'poster_banner',
        'conference_training',
        'staged_performance',
        'contest',
        'direct_outreach',
      ]
    > &
      Schema.Attribute.Required;
    targetCount: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 1;
        },
        number
      >;
    unit: Schema.Attribute.String;
  };
}

export interface ContestChoice extends Struct.ComponentSchema {
  collectionName: 'components_contest_choices';
  info: {
    description: 'Ph\u01B0\u01A1ng \u00E1n tr\u1EA3 l\u1EDDi c\u1EE7a c\u00E2u h\u1ECFi tr\u1EAFc nghi\u1EC7m';
    displayName: 'Ph\u01B0\u01A1ng \u00E1n tr\u1EA3 l\u1EDDi';
    icon: 'bulletList';
  };
  attributes: {
    label: Schema.Attribute.String & Schema.Attribute.Required;
  };
}

export interface ContestPrize extends Struct.ComponentSchema {
  collectionName: 'components_contest_prizes';
  info: {
    description: 'C\u01A1 c\u1EA5u gi\u1EA3i th\u01B0\u1EDFng';
    displayName: 'Gi\u1EA3i th\u01B0\u1EDFng';
    icon: 'star';
  };
  attributes: {
    count: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 1;
        },
        number
      > &
      Schema.Attribute.DefaultTo<1>;
    rankName: Schema.Attribute.String & Schema.Attribute.Required;
    value: Schema.Attribute.String;
  };
}

export interface ContestQuestion extends Struct.ComponentSchema {
  collectionName: 'components_contest_questions';
  info: {
    description: 'C\u00E2u h\u1ECFi tr\u1EAFc nghi\u1EC7m';
    displayName: 'C\u00E2u h\u1ECFi';
    icon: 'question';
  };
  attributes: {
    choices: Schema.Attribute.Component<'contest.choice', true> &
      Schema.Attribute.SetMinMax<
        {
          max: 10;
        },
        number
      >;
    correctChoice: Schema.Attribute.Integer &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    key: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    points: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<1>;
    prompt: Schema.Attribute.Text & Schema.Attribute.Required;
  };
}

export interface ContestRound extends Struct.ComponentSchema {
  collectionName: 'components_contest_rounds';
  info: {
    description: 'V\u00F2ng thi (\u0111\u1EE3t thi) c\u1EE7a cu\u1ED9c thi t\u00ECm hi\u1EC3u';
    displayName: 'V\u00F2ng thi';
    icon: 'clock';
  };
  attributes: {
    endAt: Schema.Attribute.DateTime;
    key: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 40;
      }>;
    name: Schema.Attribute.String & Schema.Attribute.Required;
    predictionQuestion: Schema.Attribute.String;
    questions: Schema.Attribute.Component<'contest.question', true> &
      Schema.Attribute.SetMinMax<
        {
          max: 100;
        },
        number
      >;
    startAt: Schema.Attribute.DateTime;
  };
}

export interface SharedChangeNote extends Struct.ComponentSchema {
  collectionName: 'components_shared_change_notes';
  info: {
    description: 'Ghi ch\u00FA thay \u0111\u1ED5i, \u0111\u00EDnh ch\u00EDnh n\u1ED9i dung';
    displayName: 'Ghi ch\u00FA \u0111\u00EDnh ch\u00EDnh';
    icon: 'pencil';
  };
  attributes: {
    date: Schema.Attribute.Date & Schema.Attribute.Required;
    note: Schema.Attribute.Text & Schema.Attribute.Required;
  };
}

export interface SharedTag extends Struct.ComponentSchema {
  collectionName: 'components_shared_tags';
  info: {
    description: 'Th\u1EBB (tag) g\u1EAFn cho tin b\u00E0i';
    displayName: 'Th\u1EBB';
    icon: 'priceTag';
  };
  attributes: {
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
  };
}

export interface SharedWithdrawal extends Struct.ComponentSchema {
  collectionName: 'components_shared_withdrawals';
  info: {
    description: 'Th\u00F4ng tin g\u1EE1 b\u00E0i (hi\u1EC3n th\u1ECB c\u00F4ng khai thay v\u00EC xo\u00E1)';
    displayName: 'G\u1EE1 b\u00E0i';
    icon: 'archive';
  };
  attributes: {
    explanation: Schema.Attribute.Text & Schema.Attribute.Required;
    withdrawnAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'campaign.target': CampaignTarget;
      'contest.choice': ContestChoice;
      'contest.prize': ContestPrize;
      'contest.question': ContestQuestion;
      'contest.round': ContestRound;
      'shared.change-note': SharedChangeNote;
      'shared.tag': SharedTag;
      'shared.withdrawal': SharedWithdrawal;
    }
  }
}
