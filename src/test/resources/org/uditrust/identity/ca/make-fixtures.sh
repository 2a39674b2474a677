#!/bin/sh
# Makes the CsrFuzzTest seed inputs with openssl (run from this directory): valid EC and RSA CSRs as PEM and DER,
# so the fuzzer starts from real PKCS#10 structure. The private keys are thrown away.
set -eu
seeds=CsrFuzzTestInputs/readNeverThrows
mkdir -p "$seeds"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
openssl req -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:P-256 -keyout "$tmp/ec.key" -subj "/CN=Pump/serialNumber=SN1" -out "$seeds/ec.pem"
openssl req -in "$seeds/ec.pem" -outform DER -out "$seeds/ec.der"
openssl req -new -nodes -newkey rsa:2048 -keyout "$tmp/rsa.key" -subj "/CN=Monitor" -out "$seeds/rsa.pem"
openssl req -in "$seeds/rsa.pem" -outform DER -out "$seeds/rsa.der"

# PublicKeyFilesFuzzTest seeds: bare public keys (SubjectPublicKeyInfo) as PEM and DER.
keys=PublicKeyFilesFuzzTestInputs/readNeverThrows
mkdir -p "$keys"
openssl pkey -in "$tmp/ec.key" -pubout -out "$keys/ec.pem"
openssl pkey -in "$tmp/ec.key" -pubout -outform DER -out "$keys/ec.der"
openssl pkey -in "$tmp/rsa.key" -pubout -out "$keys/rsa.pem"
