// The node's risk_* JSON-RPC methods, as shipped to every client in clients/risk-rpc.json.
import riskRpc from '../../../../clients/risk-rpc.json' with { type: 'json' };

export default { types: {}, rpc: riskRpc.risk };
